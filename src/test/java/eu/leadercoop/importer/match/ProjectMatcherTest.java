package eu.leadercoop.importer.match;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.importer.DocumentImporter;
import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.Fixtures;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Whether a text describes a recorded project: the same reference, or title, period and partners alike. */
class ProjectMatcherTest {

    private static final ExtractedProject SEED_001 = new DocumentImporter().extractText("001", Fixtures.seed(1));
    private static final ExtractedProject SEED_002 = new DocumentImporter().extractText("002", Fixtures.seed(2));

    private static ProjectDetails record(String title, String reference, PartialDate start, PartialDate end, long... partners) {
        List<ProjectDetails.Partner> list = java.util.Arrays.stream(partners)
                .mapToObj(id -> new ProjectDetails.Partner(id, "Org " + id, null, "partner", null, null, "lag", "EE", null)).toList();
        return new ProjectDetails(1, "et", title, Map.of("et", title), reference, null, new ProjectDetails.Period(start, end, null),
                "running", "published", null, List.of(), null, null, null, list, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), 0, Instant.EPOCH, List.of());
    }

    @Test
    void theOtherPartnersPageOfOneProjectIsTheSameProject() {
        ProjectDetails recorded = record("Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine", null,
                PartialDate.ofMonth(2024, 1), PartialDate.ofMonth(2025, 6), 1, 2, 3);
        ProjectCandidate c = ProjectMatcher.compare(SEED_001, Set.of(1L, 2L, 9L), recorded);
        assertThat(c.titleSimilarity()).isEqualTo(1.0);
        assertThat(c.periodOverlaps()).isTrue();
        assertThat(c.sharedPartners()).isEqualTo(2);
        assertThat(c.likelySame()).isTrue();
    }

    @Test
    void theSameTitleIsNotEnoughWithoutSharedPartnersOrWhenThePeriodsDoNotMeet() {
        String title = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
        assertThat(ProjectMatcher.compare(SEED_001, Set.of(1L), record(title, null, PartialDate.ofMonth(2024, 1),
                PartialDate.ofMonth(2025, 6), 1, 2)).likelySame()).isFalse();
        assertThat(ProjectMatcher.compare(SEED_001, Set.of(1L, 2L), record(title, null, PartialDate.ofYear(2019),
                PartialDate.ofYear(2021), 1, 2)).likelySame()).isFalse();
    }

    @Test
    void anotherProjectOfTheSameLagsIsNotTheSameButTheSameReferenceNumberIs() {
        ProjectDetails other = record("Arukate külade arenguprogramm", null, PartialDate.ofMonth(2024, 1),
                PartialDate.ofMonth(2025, 6), 1, 2, 3);
        assertThat(ProjectMatcher.compare(SEED_001, Set.of(1L, 2L, 3L), other).likelySame()).isFalse();
        ProjectDetails sameReference = record("Smart villages", "193-02100-001", null, null);
        assertThat(ProjectMatcher.compare(SEED_002, Set.of(), sameReference).sameReference()).isTrue();
        assertThat(ProjectMatcher.rank(SEED_002, Set.of(), List.of(other, sameReference)))
                .extracting(ProjectCandidate::likelySame).containsExactly(true, false);
    }
}
