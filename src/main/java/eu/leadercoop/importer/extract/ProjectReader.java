package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.MediaItem;
import eu.leadercoop.importer.ExtractedProject.Partner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a draft project out of the text of one page: splits it into labelled sections, lets each reader take
 * its field, and reports what it could not place. Rules only, from label vocabularies and formats in et, pl
 * and en; no state, safe to share between threads.
 */
public final class ProjectReader {

    private static final int MAX_UNPLACED_WARNINGS = 8;
    private static final Pattern JOINED = Pattern.compile(
            "^(.{3,80}?)\\s+(?:liitus|ühines|dołączył\\p{L}*|przystąpił\\p{L}*|joined)(?![\\p{L}])");

    private ProjectReader() {
    }

    /**
     * Reads a document's text as one draft per project it describes: most pages describe one, a list of projects
     * or a meeting's decisions several; each draft has the same {@code source} and spans in the whole text.
     */
    public static List<ExtractedProject> readAll(String source, String text) {
        List<ExtractedProject> several = SeveralProjects.read(source, text == null ? "" : text);
        return several != null ? several : List.of(read(source, text));
    }

    /**
     * Reads one document's text.
     *
     * @param source the file name or label the text came from
     * @param text   the document text; spans in the result are offsets in it
     */
    public static ExtractedProject read(String source, String text) {
        SourceText src = SourceText.of(text == null ? "" : text);
        DatedLines dated = new DatedLines();
        List<Section> sections = SectionSplitter.split(src, dated);
        Marks marks = new Marks();
        for (Section s : sections) {
            if (s.heading() != null) {
                marks.place(s.heading());
            }
        }

        String language = LanguageGuess.guess(Text.lower(src.text()));
        TitleReader.Found title = TitleReader.read(sections, dated, marks);
        if (title != null) {
            marks.field("title", title.confidence(), title.start(), title.end());
        }
        ReferenceReader.Found reference = ReferenceReader.read(sections, marks);
        if (reference == null) {
            reference = ReferenceMentions.read(src, marks);
        }
        if (reference != null) {
            marks.field("reference_number", 0.9, reference.start(), reference.end());
        }
        PeriodReader.Found period = PeriodReader.read(sections, marks);
        if (period == null) {
            period = PeriodMentionReader.read(src, marks);
        }
        if (period != null) {
            marks.field("period", period.confidence(), period.start(), period.end());
        }

        List<PartnerListParser.Found> partners = new ArrayList<>(PartnerListParser.read(sections));
        PartnerChoice.complete(partners, src.lines());
        placePartners(sections, marks);

        BudgetReader.Result budget = MoneyMentions.fill(BudgetReader.read(sections), src, sections, language);
        markBudget(budget, src, marks);

        FundingReader.Found funding = FundingChoice.choose(FundingReader.read(sections), FundingMentions.read(src));
        if (funding != null) {
            marks.field("funding", 0.8, funding.start(), funding.end());
            placeFunding(sections, marks);
        }

        TargetGroupReader.Result groups = TargetGroupReader.read(sections, marks);
        marks.field("target_groups", 0.8, groups.start(), groups.end());
        GoalReader.Result goals = GoalReader.read(sections, marks);
        if (goals.goals().isEmpty()) {
            goals = GoalSentences.read(sections, goals, marks);
        }
        marks.field("goals", 0.8, goals.start(), goals.end());
        // the description's sentences count as activities and results only where no section of its own has them
        boolean activitySection = sections.stream().anyMatch(s -> s.kind().isActivities());
        boolean resultSection = sections.stream().anyMatch(s -> s.kind() == SectionKind.RESULTS);
        DescriptionSentences.Result described = activitySection && resultSection ? DescriptionSentences.NONE
                : DescriptionSentences.read(sections);
        ActivityReader.Result activities = ActivityReader.read(sections, dated, partners, described, marks);
        spanOf(activities.pieces(), "activities", marks);
        ResultReader.Result results = ResultReader.read(sections, activities.pieces(), described.results(), marks);
        marks.field("expected_results", 0.7, results.start(), results.end());

        List<EventLineReader.Found> events = EventLineReader.read(sections, dated, marks);
        if (!events.isEmpty()) {
            marks.field("events", 0.8, events.get(0).line().start(), events.get(events.size() - 1).line().end());
        }
        // a page without dated lines may tell its events in prose
        List<EventSentenceReader.Found> told = events.isEmpty() ? EventSentenceReader.read(src, sections, marks) : List.of();
        if (!told.isEmpty()) {
            marks.field("events", 0.6, told.get(0).line().start(), told.get(told.size() - 1).line().end());
        }
        List<MediaReader.Found> media = MediaReader.read(sections, marks);
        if (!media.isEmpty()) {
            marks.field("media", 0.8, media.get(0).line().start(), media.get(media.size() - 1).line().end());
        }
        // the partner list is where the partners were read; one that joined later is named in the news, further on
        if (!partners.isEmpty()) {
            marks.field("partners", 0.85, partners.get(0).start(), partners.get(partners.size() - 1).end());
        }
        addJoinedPartners(media, partners);

        List<ContactReader.Found> contacts = ContactReader.read(sections);
        for (ContactReader.Found c : contacts) {
            marks.place(c.lines());
        }
        if (!contacts.isEmpty()) {
            marks.field("contacts", 0.8, contacts.get(0).line().start(), contacts.get(contacts.size() - 1).line().end());
        }
        WebsiteReader.Found website = WebsiteReader.read(sections);
        if (website != null) {
            marks.field("website", website.confidence(), website.start(), website.end());
            placeLineAt(src, website.start(), marks);
        }
        if (language != null) {
            marks.field("language", 0.7, 0, src.text().length());
        }

        for (String w : budget.warnings()) {
            marks.warn(w);
        }
        if (language == null && !src.text().isBlank()) {
            // first, so that a reader of the JSON sees why every other field may be wrong
            marks.warnFirst(ExtractedProject.OTHER_LANGUAGE_WARNING);
        }
        warnUnplaced(src, marks);
        if (src.text().isBlank()) {
            marks.warn("The document has no text.");
        }

        return new ExtractedProject(source, language, title == null ? null : title.title(),
                reference == null ? null : reference.reference(), period == null ? null : period.period(),
                partners.stream().map(PartnerListParser.Found::partner).toList(), budget.budget(),
                funding == null ? null : funding.funding(), List.copyOf(groups.groups()), List.copyOf(goals.goals()),
                List.copyOf(results.results()), List.copyOf(activities.activities()),
                allEvents(events, told, activities.activities(), title),
                media.stream().map(MediaReader.Found::item).toList(),
                contacts.stream().map(ContactReader.Found::contact).toList(),
                website == null ? null : website.url(), goals.summary(), marks.fields(), List.copyOf(marks.warnings()),
                title == null ? null : title.localCode());
    }

    /** The dated lines' events, or those told in prose, then those the activities plan on dates they name. */
    private static List<ExtractedProject.Event> allEvents(List<EventLineReader.Found> lines,
                                                          List<EventSentenceReader.Found> told,
                                                          List<ExtractedProject.Activity> activities,
                                                          TitleReader.Found title) {
        List<ExtractedProject.Event> events = new ArrayList<>(lines.stream().map(EventLineReader.Found::event).toList());
        told.forEach(f -> events.add(f.event()));
        events.addAll(PlannedEventReader.read(activities, title == null ? null : title.title(), events));
        return events;
    }

    private static void placePartners(List<Section> sections, Marks marks) {
        for (Section s : sections) {
            if (s.kind().isPartnerList()) {
                for (Line line : s.body()) {
                    if (!line.isBlank() && (Text.countWords(line.text()) <= 16 || line.text().indexOf(',') > 0)) {
                        marks.place(line);
                    }
                }
            }
        }
    }

    private static void placeFunding(List<Section> sections, Marks marks) {
        for (Section s : sections) {
            if (s.kind().isFunding()) {
                for (Line line : s.body()) {
                    if (!line.isBlank()) {
                        marks.place(line);
                        break;
                    }
                }
            }
        }
    }

    private static void markBudget(BudgetReader.Result budget, SourceText src, Marks marks) {
        for (BudgetReader.Placed p : budget.placed()) {
            String name = switch (p.figure()) {
                case PARTNERS_TOTAL -> "budget.partners_total";
                case COST -> "budget.cost";
                case GRANT -> "budget.grant";
                case OWN -> "budget.own_contribution";
            };
            marks.field(name, 0.85, p.lineStart() + p.amount().start(), p.lineStart() + p.amount().end());
            placeLineAt(src, p.lineStart(), marks);
        }
    }

    private static void placeLineAt(SourceText src, int offset, Marks marks) {
        for (Line line : src.lines()) {
            if (line.start() <= offset && offset <= line.end()) {
                marks.place(line);
                return;
            }
        }
    }

    private static void spanOf(List<ListItems.Piece> pieces, String field, Marks marks) {
        if (!pieces.isEmpty()) {
            marks.field(field, 0.8, pieces.get(0).start(), pieces.get(pieces.size() - 1).end());
        }
    }

    /** "Kodukant Läänemaa liitus koostööprojektiga ...": a partner that joined later, named in the news. */
    private static void addJoinedPartners(List<MediaReader.Found> media, List<PartnerListParser.Found> partners) {
        for (MediaReader.Found m : media) {
            MediaItem item = m.item();
            if (item.title() == null) {
                continue;
            }
            Matcher joined = JOINED.matcher(item.title());
            if (!joined.find()) {
                continue;
            }
            String name = Text.trimItem(joined.group(1));
            if (!Text.hasUpperCaseLetter(name) || Text.countWords(name) > 8) {
                continue;
            }
            String resolved = PartnerListParser.resolve(name, partners);
            for (int i = 0; i < partners.size(); i++) {
                PartnerListParser.Found f = partners.get(i);
                Partner p = f.partner();
                boolean same = p.name().equals(resolved) || PartnerListParser.key(p.name()).equals(PartnerListParser.key(name));
                if (same && p.joined() == null) {
                    // listed as a partner, and the news says when it joined
                    partners.set(i, new PartnerListParser.Found(
                            new Partner(p.name(), p.role(), p.organisationId(), p.asWritten(), item.date()), f.start(), f.end()));
                    resolved = null;
                    break;
                }
            }
            if (resolved != null && resolved.equals(name)) {
                int start = m.line().start() + m.line().text().indexOf(name);
                partners.add(new PartnerListParser.Found(new Partner(name, ExtractedProject.PARTNER, null,
                        joined.group(), item.date()), start, start + name.length()));
            }
        }
    }

    private static void warnUnplaced(SourceText src, Marks marks) {
        int warned = 0;
        int more = 0;
        StringBuilder block = null;
        for (Line line : src.lines()) {
            boolean open = !line.isBlank() && !marks.isPlaced(line);
            if (open) {
                if (block == null) {
                    block = new StringBuilder(line.text());
                } else if (block.length() < 200) {
                    block.append(' ').append(line.text());
                }
                continue;
            }
            if (block != null) {
                if (warned < MAX_UNPLACED_WARNINGS) {
                    marks.warn("Text not placed in any field: “" + snippet(block.toString()) + "”");
                    warned++;
                } else {
                    more++;
                }
                block = null;
            }
        }
        if (block != null) {
            if (warned < MAX_UNPLACED_WARNINGS) {
                marks.warn("Text not placed in any field: “" + snippet(block.toString()) + "”");
            } else {
                more++;
            }
        }
        if (more > 0) {
            marks.warn("… and " + more + " more passages not placed in any field.");
        }
    }

    private static String snippet(String s) {
        String t = Text.squeeze(s);
        return t.length() <= 80 ? t : t.substring(0, 79) + "…";
    }
}
