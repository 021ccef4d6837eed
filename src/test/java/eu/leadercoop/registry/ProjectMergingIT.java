package eu.leadercoop.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.leadercoop.accounts.TestAccounts;
import eu.leadercoop.importer.ImportFixtures;
import eu.leadercoop.importer.ImporterIntegrationTest;
import eu.leadercoop.registry.time.PartialDate;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

/**
 * Adding another source's statements to a recorded project ({@link ProjectMerging#merge}): partners, their join
 * dates, activities, events, media, contacts and the source are added; values change only where the merge says
 * which to take; every problem is named by field and then nothing at all changes.
 */
@ImporterIntegrationTest
class ProjectMergingIT {

    @Autowired
    ProjectMerging merging;
    @Autowired
    Projects projects;
    @Autowired
    Organisations organisations;
    @Autowired
    JsonMapper json;
    @Autowired
    TestAccounts accounts;

    ProjectDetails recorded;

    @BeforeEach
    void aRecordedProject() {
        ImportFixtures.registryOrganisations(organisations, json);
        // merging is an edit like any other: these specifications merge as a network administrator
        accounts.signIn(accounts.administrator());
        recorded = projects.create(new ProjectDraft("et", Map.of("et", "Rannakülade ühisköök"), null, null,
                new ProjectDraft.DateText("2024-01", "2025-06", "jaanuar 2024 – juuni 2025"), null, null, null, null, null,
                List.of(partner("MTÜ Lääne-Harju Koostöökogu", "lead_partner", null),
                        partner("MTÜ Nelja Valla Kogu", "partner", null)),
                List.of("Ühisköök igas külas."), null,
                List.of(new ProjectDraft.ActivityDraft("j1", "1", null, "Vähemalt kahe koosoleku korraldamine.",
                        List.of(new ProjectDraft.CommitmentDraft(2, List.of("meeting"), false, false, null, null)))),
                null, null, null, null, "draft"));
    }

    @AfterEach
    void signOut() {
        TestAccounts.signOut();
    }

    @Test
    void addsWhatTheSourceSaysAndTakesOnlyThePickedValues() {
        ProjectDetails merged = merging.merge(recorded.id(), new ProjectMerge(recorded.version(),
                new ProjectMerge.CoreValues(null, "19302100099", null, null, null, null, null),
                List.of(partner("MTÜ Kodukant Läänemaa", "partner", "2024-03-01")),
                List.of(new ProjectMerge.PartnerChange(null, "Nelja Valla Kogu", null, "2024-02", null,
                        new ProjectDraft.Budget(new BigDecimal("1000"), new BigDecimal("900"), null, "EUR"))),
                List.of("külade kokad"), List.of("Kokad õpivad üksteiselt."), null,
                List.of(new ProjectDraft.ActivityDraft("k1", "1", "KKLM", "Ühe õppereisi korraldamine.", List.of())),
                List.of(new ProjectDraft.EventDraft(new ProjectDraft.DateText("14.03 2024", null, "14.03 2024"), "Koosolek",
                                "meeting", null, null, null, null, null, List.of(), "#" + recorded.activities().get(0).id()),
                        new ProjectDraft.EventDraft(new ProjectDraft.DateText("2024-05", null, null), "Õppereis", "study_trip",
                                null, "FI", null, null, null, List.of("KKLM"), "k1")),
                List.of(new ProjectDraft.Media("2024-03-01", "01.03.2024", "KKLM liitus", null, null, "KKLM")),
                List.of(new ProjectDraft.ContactDraft("Kai Kulbok", "kai.kulbok@kklm.ee", null, "KKLM")),
                List.of(new ProjectDraft.SourceDraft("KKLM", "001.txt", "et", "veebruar 2024 – juuni 2025", null))));

        assertThat(merged.referenceNumber()).isEqualTo("19302100099");
        assertThat(merged.period().start()).as("not picked: kept").isEqualTo(PartialDate.ofMonth(2024, 1));
        assertThat(merged.titles()).isEqualTo(Map.of("et", "Rannakülade ühisköök"));
        assertThat(merged.partners()).extracting(ProjectDetails.Partner::name, ProjectDetails.Partner::role, ProjectDetails.Partner::joined)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("MTÜ Lääne-Harju Koostöökogu", "lead_partner", null),
                        org.assertj.core.groups.Tuple.tuple("MTÜ Nelja Valla Kogu", "partner", PartialDate.ofMonth(2024, 2)),
                        org.assertj.core.groups.Tuple.tuple("MTÜ Kodukant Läänemaa", "partner", PartialDate.ofDay(2024, 3, 1)));
        assertThat(merged.budget().lines()).extracting(ProjectDetails.Line::organisation, ProjectDetails.Line::grant)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MTÜ Nelja Valla Kogu", new BigDecimal("900.00")));
        assertThat(merged.targetGroups()).containsExactly("külade kokad");
        assertThat(merged.goals()).containsExactly("Ühisköök igas külas.", "Kokad õpivad üksteiselt.");
        assertThat(merged.activities()).extracting(ProjectDetails.Activity::partner).containsExactly(null, "MTÜ Kodukant Läänemaa");
        assertThat(merged.events()).extracting(ProjectDetails.Event::title, ProjectDetails.Event::activityId).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Koosolek", merged.activities().get(0).id()),
                org.assertj.core.groups.Tuple.tuple("Õppereis", merged.activities().get(1).id()));
        assertThat(merged.media()).extracting(ProjectDetails.Media::organisation).containsExactly("MTÜ Kodukant Läänemaa");
        assertThat(merged.contacts()).extracting(ProjectDetails.Contact::organisation).containsExactly("MTÜ Kodukant Läänemaa");
        assertThat(merged.sources()).extracting(ProjectDetails.Source::publisher, ProjectDetails.Source::periodAsWritten)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("MTÜ Kodukant Läänemaa", "veebruar 2024 – juuni 2025"));
        assertThat(merged.version()).isGreaterThan(recorded.version());
    }

    @Test
    void namesEveryProblemAndChangesNothing() {
        ProjectMerge wrong = new ProjectMerge(null,
                new ProjectMerge.CoreValues(Map.of("et", " "), null, new ProjectDraft.DateText("2026", "2025", null), null, null, null,
                        new ProjectDraft.Amount(new BigDecimal("-1"), "EUR")),
                List.of(partner("MTÜ Nelja Valla Kogu", "partner", null), partner("Tundmatu Kogu", "partner", null)),
                List.of(new ProjectMerge.PartnerChange(null, "MTÜ PAIK", "lead_partner", null, null, null)),
                null, List.of("Uus eesmärk, mis ei tohi jääda."), null,
                List.of(new ProjectDraft.ActivityDraft(null, null, "MTÜ Raplamaa Partnerluskogu", "Tegevus.", List.of())),
                List.of(new ProjectDraft.EventDraft(null, "Üritus", "party", null, null, null, null, null, List.of(), "#999999")),
                null, List.of(new ProjectDraft.ContactDraft(null, "pole-aadress", null, null)), null);
        assertThatThrownBy(() -> merging.merge(recorded.id(), wrong))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("take.titles.et", "take.period.end", "take.partners_total.amount",
                                "partner_changes[0].organisation", "partners[0].organisation", "partners[1].organisation",
                                "activities[0].partner", "events[0].type", "events[0].activity", "contacts[0].email", "contacts[0]"));
        ProjectDetails after = merging.details(recorded.id()).orElseThrow();
        assertThat(after.goals()).containsExactly("Ühisköök igas külas.");
        assertThat(after.partners()).hasSize(2);
        assertThat(after.period()).isEqualTo(recorded.period());
        assertThat(after.version()).isEqualTo(recorded.version());
    }

    @Test
    void refusesAMergePreparedFromAnOlderVersionAndAnUnknownProject() {
        ProjectMerge empty = new ProjectMerge(recorded.version() + 1, null, null, null, null, List.of("x"), null, null,
                null, null, null, null);
        assertThatThrownBy(() -> merging.merge(recorded.id(), empty))
                .isInstanceOfSatisfying(StaleVersionException.class, e -> assertThat(e.currentVersion()).isEqualTo(recorded.version()));
        assertThatThrownBy(() -> merging.merge(999_999, empty)).isInstanceOf(NoSuchRecordException.class);
        assertThat(merging.details(recorded.id()).orElseThrow().goals()).hasSize(1);
    }

    @Test
    void findsCandidatesByReferenceNumberOrSharedPartnerInAnyPublicationState() {
        long nelja = ImportFixtures.organisation(organisations, "MTÜ Nelja Valla Kogu").id();
        assertThat(merging.candidates(null, List.of(nelja), 50)).extracting(ProjectDetails::id).contains(recorded.id());
        assertThat(merging.candidates(null, List.of(), 50)).extracting(ProjectDetails::id).doesNotContain(recorded.id());
        assertThat(recorded.publicationState()).isEqualTo("draft");
    }

    @Test
    void remembersAnotherSpellingOfAnOrganisationButNotOneThatNamesAnother() {
        long paik = ImportFixtures.organisation(organisations, "MTÜ PAIK").id();
        assertThat(organisations.addAlias(paik, "PAIK Kagu-Eestis").aliases()).contains("PAIK Kagu-Eestis");
        assertThat(organisations.findByName("paik kagu-eestis")).extracting(OrganisationSummary::id).containsExactly(paik);
        assertThatThrownBy(() -> organisations.addAlias(paik, "Nelja Valla Kogu"))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("duplicate_organisation"));
        assertThatThrownBy(() -> organisations.addAlias(paik, "MTÜ"))
                .isInstanceOfSatisfying(InvalidDraftException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::code).containsExactly("no_name"));
        assertThat(organisations.addAlias(paik, "MTÜ PAIK").aliases()).doesNotContain("MTÜ PAIK");
    }

    private static ProjectDraft.Partner partner(String name, String role, String joined) {
        return new ProjectDraft.Partner(null, name, role, joined, null, name, null);
    }
}
