package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Funding;
import java.util.List;
import java.util.Map;

/**
 * What another source adds to a project that is already recorded (see {@link ProjectMerging#merge}): typically
 * one partner's page about a project whose record was built from another partner's page.
 *
 * <p>Nothing in the record is removed, and a value the record already has changes only where {@link #take}
 * names the value to take instead (the person reviewing the merge picked it). Lists add to the record's lists:
 * {@code partners} are organisations not yet in the project, {@code partnerChanges} change partners it has.
 * Entries are written as in {@link ProjectDraft}, and problems are reported under the same field names
 * ({@code partners[0].organisation}, {@code activities[2].text}, {@code events[1].date.start}). An event may
 * deliver an activity of the merge (by its {@code key}) or one the project has ({@code #} and the activity's id).
 *
 * @param expectedVersion the project's {@code version} the merge was prepared from; when someone changed the
 *     project since, the merge is refused ({@code version}, {@code stale}). Null skips the check.
 */
public record ProjectMerge(
        Long expectedVersion,
        CoreValues take,
        List<ProjectDraft.Partner> partners,
        List<PartnerChange> partnerChanges,
        List<String> targetGroups,
        List<String> goals,
        List<ProjectDraft.Result> expectedResults,
        List<ProjectDraft.ActivityDraft> activities,
        List<ProjectDraft.EventDraft> events,
        List<ProjectDraft.Media> media,
        List<ProjectDraft.ContactDraft> contacts,
        List<ProjectDraft.SourceDraft> sources) {

    /**
     * Values of the project itself to set; each null one leaves the record as it is. {@code titles} adds or
     * replaces the title in the languages it names and keeps the others.
     */
    public record CoreValues(
            Map<String, String> titles,
            String referenceNumber,
            ProjectDraft.DateText period,
            String summary,
            String website,
            Funding funding,
            ProjectDraft.Amount partnersTotal) {

        public static CoreValues none() {
            return new CoreValues(null, null, null, null, null, null, null);
        }
    }

    /**
     * A partner the project already has, named by {@code organisationId} or any of its names, and what to set
     * on it; each null value is kept as recorded.
     */
    public record PartnerChange(
            Long organisationId,
            String organisation,
            String role,
            String joined,
            String left,
            ProjectDraft.Budget budget) {
    }
}
