package eu.leadercoop.importer.review;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.match.OrganisationDirectory;
import eu.leadercoop.importer.match.OrganisationIndex;
import eu.leadercoop.importer.match.OrganisationMatch;
import eu.leadercoop.importer.match.ProjectCandidate;
import org.springframework.stereotype.Component;

import java.util.List;

/** One line about a saved draft, for the {@code import} command and logs: what was read and what it matches. */
@Component
public class DraftSummaries {

    private final OrganisationDirectory directory;
    private final Reviews reviews;

    DraftSummaries(OrganisationDirectory directory, Reviews reviews) {
        this.directory = directory;
        this.reviews = reviews;
    }

    public String describe(Draft draft) {
        ExtractedProject p = draft.extracted();
        OrganisationIndex index = directory.index();
        long known = p.partners().stream().filter(x -> index.match(x.name()).status() == OrganisationMatch.Status.MATCHED).count();
        List<ProjectCandidate> candidates = reviews.candidates(p, ReviewForms.of(p, index));
        StringBuilder line = new StringBuilder("draft ").append(draft.id()).append(" saved for review: ")
                .append(p.title() == null ? "(no title read)" : "“" + p.title() + "”")
                .append(", ").append(count(p.partners().size(), "partner")).append(" (").append(known).append(" known)")
                .append(", ").append(count(p.goals().size(), "goal")).append(", ").append(count(p.activities().size(), "activity"))
                .append(", ").append(count(p.events().size(), "event")).append(", ").append(count(p.warnings().size(), "warning"));
        if (!candidates.isEmpty()) {
            line.append("; looks like recorded project ").append(candidates.get(0).project().id())
                    .append(" “").append(candidates.get(0).project().title()).append("” (to merge)");
        }
        return line.append("; /import/drafts/").append(draft.id()).toString();
    }

    private static String count(int n, String thing) {
        String plural = thing.endsWith("y") ? thing.substring(0, thing.length() - 1) + "ies" : thing + "s";
        return n + " " + (n == 1 ? thing : plural);
    }
}
