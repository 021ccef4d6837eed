package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.DateSpan;
import eu.leadercoop.importer.ExtractedProject.Event;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads events told in prose, where a page has no dated lines: a sentence with a date and a word for a happening
 * (vocabulary key {@code event}) tells of one event per date it names ({@code 10 maja w biurze LGD w Buku
 * dyrektorzy biur LGD ... rozmawiali}; {@code Projekti juhtkomitee saab kokku 16.-17. juunil Soomes ning projekti
 * avaüritus peetakse 25.-27. augustil} is two). A date needs its day, or its month and year; a day written without
 * its year ({@code 5. veebruaril}) takes the year of the news item: the year of its posting date, else the last
 * year written before it.
 *
 * <p>Not events: a posting date and a grant awarded (vocabulary key {@code event.not} before the date in its
 * sentence: {@code dodano: 2018-05-11}, {@code umowa o przyznanie pomocy}), a date after an "until" word (a
 * deadline: {@code do 10 maja}), a range of two months or more (a period), and a date told again (the lead of a
 * news item repeats its body).
 */
final class EventSentenceReader {

    private static final int MAX_TITLE = 100;
    private static final Pattern EVENT_WORDS = Vocabulary.get().words("event");
    private static final Pattern NOT_EVENT = Vocabulary.get().words("event.not");
    private static final Pattern UNTIL = Vocabulary.get().words("period.until");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19[89]\\d|20\\d\\d)(?!\\d)");
    /** How far before a date an "until" word makes it a deadline: "do dnia 10 maja". */
    private static final int UNTIL_REACH = 12;

    /** An event with the line that tells it. */
    record Found(Event event, Line line) {
    }

    private EventSentenceReader() {
    }

    static List<Found> read(List<Section> sections, Marks marks) {
        int newsYear = postingYear(sections);
        List<Found> events = new ArrayList<>();
        Set<String> told = new HashSet<>();
        int lastYear = newsYear;
        for (Section s : sections) {
            boolean mayTell = mayTellEvents(s.kind());
            for (Line line : s.valueAndBody()) {
                int yearBefore = newsYear > 0 ? newsYear : lastYear;
                lastYear = lastYearIn(line.text(), lastYear);
                if (!mayTell || line.isBlank() || !EVENT_WORDS.matcher(line.text()).find()) {
                    continue;
                }
                int year = yearBefore > 0 ? yearBefore : firstYear(sections);
                List<Event> found = new ArrayList<>();
                for (Sentences.Sentence sentence : Sentences.split(line.text())) {
                    read(sentence.text(), year, found, told);
                }
                if (!found.isEmpty()) {
                    marks.place(line);
                    found.forEach(e -> events.add(new Found(e, line)));
                }
            }
        }
        return events;
    }

    private static void read(String sentence, int year, List<Event> events, Set<String> told) {
        if (!EVENT_WORDS.matcher(sentence).find() || !hasDigit(sentence)) {
            return;
        }
        List<DateHit> hits = year > 0 ? Dates.findAll(sentence, year) : Dates.findAll(sentence);
        for (DateHit h : hits) {
            if (!isEventDate(sentence, h) || !told.add(h.start() + "/" + h.end())) {
                continue;
            }
            String lower = Text.lower(sentence);
            EventTypes.Hit type = EventTypes.first(lower);
            events.add(new Event(new DateSpan(h.start(), h.end(), h.asWritten()), title(sentence),
                    type == null ? null : EventTypes.code(type), Countries.first(lower)));
        }
    }

    private static boolean isEventDate(String sentence, DateHit h) {
        if (h.start().length() < 7 || PeriodMentionReader.isLong(h.start(), h.end())) {
            return false; // a year alone, or a period
        }
        if (NOT_EVENT.matcher(sentence.substring(0, h.from())).find()) {
            return false;
        }
        Matcher until = UNTIL.matcher(sentence.substring(Math.max(0, h.from() - UNTIL_REACH), h.from()));
        return !until.find();
    }

    /** The year of the page's posting date ("dodano: 2018-05-11", "Postitettu 12.3.2019"), or 0. */
    private static int postingYear(List<Section> sections) {
        for (Section s : sections) {
            for (Line line : s.valueAndBody()) {
                Matcher posted = NOT_EVENT.matcher(line.text());
                if (posted.find()) {
                    Matcher year = YEAR.matcher(line.text());
                    if (year.find(posted.end()) && year.start() - posted.end() <= 20) {
                        return Integer.parseInt(year.group());
                    }
                }
            }
        }
        return 0;
    }

    private static int lastYearIn(String text, int otherwise) {
        Matcher m = YEAR.matcher(text);
        int year = otherwise;
        while (m.find()) {
            year = Integer.parseInt(m.group());
        }
        return year;
    }

    private static int firstYear(List<Section> sections) {
        for (Section s : sections) {
            for (Line line : s.valueAndBody()) {
                Matcher m = YEAR.matcher(line.text());
                if (m.find()) {
                    return Integer.parseInt(m.group());
                }
            }
        }
        return 0;
    }

    private static boolean mayTellEvents(SectionKind kind) {
        return switch (kind) {
            case MEDIA, GOALS, RESULTS, PERIOD, BUDGET, TARGET_GROUPS, REFERENCE, TITLE, CONTACT, WEBSITE, FUNDING,
                 FUNDING_MEASURE, FUNDING_PRIORITY, FUNDING_OBJECTIVE, PARTNERS, LEAD_PARTNER, APPLICANT,
                 NETWORK_PARTNERS -> false;
            default -> true;
        };
    }

    private static String title(String sentence) {
        String t = Text.trimItem(sentence);
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1).strip() + "…";
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
