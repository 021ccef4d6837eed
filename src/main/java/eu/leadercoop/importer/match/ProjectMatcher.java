package eu.leadercoop.importer.match;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateParseException;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Tells whether an imported text describes a project already recorded: the same reference number, or a title as
 * alike as {@value ProjectCandidate#SAME_TITLE} (Jaro-Winkler on the titles without case, quotes and spacing)
 * with overlapping periods and at least two partners in common. Two partners' pages about one project (seeds 000
 * and 001) meet it; two projects of the same LAGs with other titles do not.
 */
public final class ProjectMatcher {

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private ProjectMatcher() {
    }

    /**
     * The records compared with the text, likely ones first, then by title similarity.
     *
     * @param organisationIds the organisations the text's partners were matched to
     */
    public static List<ProjectCandidate> rank(ExtractedProject text, Set<Long> organisationIds,
                                              Collection<ProjectDetails> records) {
        return records.stream()
                .map(r -> compare(text, organisationIds, r))
                .sorted(Comparator.comparing(ProjectCandidate::likelySame).reversed()
                        .thenComparing(Comparator.comparingDouble(ProjectCandidate::titleSimilarity).reversed())
                        .thenComparing(Comparator.comparingInt(ProjectCandidate::sharedPartners).reversed()))
                .toList();
    }

    static ProjectCandidate compare(ExtractedProject text, Set<Long> organisationIds, ProjectDetails record) {
        boolean sameReference = text.referenceNumber() != null && record.referenceNumber() != null
                && digits(text.referenceNumber()).equals(digits(record.referenceNumber()))
                && !digits(text.referenceNumber()).isEmpty();
        double title = text.title() == null ? 0 : record.titles().values().stream()
                .mapToDouble(t -> JARO_WINKLER.apply(normal(text.title()), normal(t))).max().orElse(0);
        int shared = (int) record.partners().stream().map(ProjectDetails.Partner::organisationId)
                .filter(organisationIds::contains).count();
        return new ProjectCandidate(record, sameReference, title, overlaps(text.period(), record.period()), shared);
    }

    private static boolean overlaps(ExtractedProject.DateSpan text, ProjectDetails.Period record) {
        PartialDate start = edtf(text == null ? null : text.start());
        PartialDate end = edtf(text == null ? null : text.end());
        if (start == null || end == null || record == null || record.start() == null || record.end() == null) {
            return true;
        }
        return !start.earliest().isAfter(record.end().latest()) && !record.start().earliest().isAfter(end.latest());
    }

    private static PartialDate edtf(String value) {
        try {
            return value == null ? null : PartialDate.fromEdtf(value);
        } catch (PartialDateParseException e) {
            return null;
        }
    }

    private static String normal(String title) {
        return Objects.requireNonNull(title).toLowerCase(Locale.ROOT).replaceAll("[„“”\"«»'’]", "")
                .replaceAll("\\s+", " ").strip();
    }

    private static String digits(String reference) {
        return reference.replaceAll("[^\\p{Alnum}]", "").toLowerCase(Locale.ROOT);
    }
}
