package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Activity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads activities: joint ones ({@code ÜHISTEGEVUSED}, {@code działania wspólne}), one partner's additional
 * ones ({@code KKLM LISATEGEVUSED}: the partner is the heading's words, matched to the partner list where
 * close), and plain {@code Tegevused} lists, which count as joint unless an item begins with a partner's name or
 * initials ({@code JAP piirkonnas …}). Each list item (sub-items too) is an activity; a section of prose is one
 * activity per paragraph; a page without activity sections has the activities its description states
 * ({@link DescriptionSentences}). Lines that begin with a date are events, not activities.
 */
final class ActivityReader {

    record Result(List<Activity> activities, List<ListItems.Piece> pieces) {
    }

    /** An abbreviation of two to six capitals as the first word: "JAP piirkonnas …". */
    private static final Pattern ABBREVIATION = Pattern.compile("^(\\p{Lu}{2,6})\\s");

    private ActivityReader() {
    }

    /** A partner as an activity may begin with it: its name without legal form, and its initials. */
    private record Named(String name, String key, String initials, String hyphenInitials) {

        static List<Named> of(List<PartnerListParser.Found> partners) {
            List<Named> named = new ArrayList<>(partners.size());
            for (PartnerListParser.Found f : partners) {
                String key = PartnerListParser.key(f.partner().name());
                named.add(new Named(f.partner().name(), key, initialsOf(key, false), initialsOf(key, true)));
            }
            return named;
        }
    }

    /**
     * In a plain list of activities, an item that begins with a partner's name or its initials is that partner's
     * own activity: "JAP piirkonnas läbiviidavad tegevused …" (in the area of Järva Arengu Partnerid, JAP).
     */
    private static String ownerNamedFirst(String text, List<Named> partners) {
        String lower = Text.lower(text);
        Matcher abbreviation = ABBREVIATION.matcher(text);
        String initials = abbreviation.find() ? Text.lower(abbreviation.group(1)) : null;
        for (Named p : partners) {
            boolean named = p.key().length() >= 4 && lower.startsWith(p.key()) && lower.startsWith(" ", p.key().length());
            if (named || initials != null && (initials.equals(p.initials()) || initials.equals(p.hyphenInitials()))) {
                return p.name();
            }
        }
        return null;
    }

    /** The first letters of the key's words; with {@code hyphens} also of the parts of "Ida-Harju" (IHK). */
    private static String initialsOf(String key, boolean hyphens) {
        StringBuilder out = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isWhitespace(c) || hyphens && c == '-') {
                wordStart = true;
            } else {
                if (wordStart && Character.isLetter(c)) {
                    out.append(c);
                }
                wordStart = false;
            }
        }
        return out.length() >= 2 ? out.toString() : "";
    }

    static Result read(List<Section> sections, DatedLines dated, List<PartnerListParser.Found> partners,
                       DescriptionSentences.Result described, Marks marks) {
        List<Activity> activities = new ArrayList<>();
        List<ListItems.Piece> used = new ArrayList<>();
        List<Named> named = null;
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
                String itemScope = scope;
                String itemPartner = partner;
                if (s.kind() == SectionKind.ACTIVITIES && p.depth() <= 1) {
                    named = named == null ? Named.of(partners) : named;
                    String owner = ownerNamedFirst(text, named);
                    if (owner != null) {
                        itemScope = ExtractedProject.PARTNER_SCOPE;
                        itemPartner = owner;
                    }
                }
                // "The main activities were: i) …; ii) …; and iii) …": a list written in the sentence
                List<String> listed = InlineEnumeration.items(text);
                if (listed.isEmpty() && !p.item() && p.start() == s.valueStart() && s.heading() != null
                        && s.heading().text().indexOf(':') >= 0) {
                    // "The activities in the project are: Project management. Preparatory trips. Workshops."
                    listed = ActivityEnumeration.afterColon(text);
                }
                for (String one : listed.isEmpty() ? List.of(text) : listed) {
                    activities.add(Activity.of(one, itemScope, itemPartner, CommitmentReader.readAll(one), p.label()));
                }
                used.add(p);
                marks.place(p.lines());
            }
            if (s.heading() != null) {
                marks.place(s.heading());
            }
        }
        if (sections.stream().noneMatch(s -> s.kind().isActivities())) {
            // no activity section: what the description says the project will organise or publish
            for (DescriptionSentences.Found f : described.activities()) {
                activities.add(Activity.of(f.text(), ExtractedProject.JOINT, null, CommitmentReader.readAll(f.text()), null));
                used.add(f.piece());
            }
        }
        if (activities.isEmpty()) {
            // "W projekcie przewidziano wiele działań, m.in.: konferencję, wizyty studyjne … oraz film promocyjny."
            ActivityEnumeration.Found listed = ActivityEnumeration.inProse(sections);
            if (listed != null) {
                Line line = listed.line();
                listed.activities().forEach(a -> activities.add(
                        Activity.of(a, ExtractedProject.JOINT, null, CommitmentReader.readAll(a), null)));
                used.add(new ListItems.Piece(line.text(), line.start(), line.end(), false, 0, List.of(line), null));
                marks.place(line);
            }
        }
        return new Result(activities, used);
    }
}
