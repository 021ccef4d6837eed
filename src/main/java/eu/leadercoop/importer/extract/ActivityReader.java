package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Activity;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads activities: joint ones ({@code ÜHISTEGEVUSED}, {@code działania wspólne}), one partner's additional
 * ones ({@code KKLM LISATEGEVUSED}: the partner is the heading's words, matched to the partner list where
 * close), and plain {@code Tegevused} lists, which count as joint. Each list item (sub-items too) is an
 * activity; a section of prose is one activity per paragraph. Lines that begin with a date are events, not
 * activities.
 */
final class ActivityReader {

    record Result(List<Activity> activities, List<ListItems.Piece> pieces) {
    }

    private ActivityReader() {
    }

    static Result read(List<Section> sections, DatedLines dated, List<PartnerListParser.Found> partners, Marks marks) {
        List<Activity> activities = new ArrayList<>();
        List<ListItems.Piece> used = new ArrayList<>();
        for (Section s : sections) {
            if (!s.kind().isActivities()) {
                continue;
            }
            String scope = s.kind() == SectionKind.PARTNER_ACTIVITIES ? ExtractedProject.PARTNER_SCOPE
                    : ExtractedProject.JOINT;
            String partner = null;
            if (s.kind() == SectionKind.PARTNER_ACTIVITIES && !s.qualifier().isEmpty()) {
                partner = PartnerListParser.resolve(s.qualifier(), partners);
            }
            List<Line> lines = new ArrayList<>();
            for (Line line : s.valueAndBody()) {
                boolean inlineValue = s.heading() != null && line.index() == s.heading().index();
                // dated lines are events (EventLineReader); the inline value was checked as the heading line
                if (inlineValue || !dated.startsWithDate(line)) {
                    lines.add(line);
                }
            }
            List<ListItems.Piece> pieces = ListItems.read(lines);
            boolean items = ListItems.hasItems(pieces);
            for (ListItems.Piece p : pieces) {
                if (items && !p.item()) {
                    continue;
                }
                String text = Text.trimItem(p.text());
                if (text.length() < 3) {
                    continue;
                }
                activities.add(Activity.of(text, scope, partner, CommitmentReader.readAll(text), p.label()));
                used.add(p);
                marks.place(p.lines());
            }
            if (s.heading() != null) {
                marks.place(s.heading());
            }
        }
        return new Result(activities, used);
    }
}
