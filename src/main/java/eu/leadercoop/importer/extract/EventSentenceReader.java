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
    private static final int MAX_POSTING_LINE = 80;
    private static final WordIndex EVENT_WORDS = Vocabulary.get().index("event");
    private static final WordIndex NOT_EVENT = Vocabulary.get().index("event.not");
    private static final WordIndex UNTIL = Vocabulary.get().index("period.until");
    private static final Pattern YEAR = Pattern.compile("(?<!\\d)(?:19[89]\\d|20\\d\\d)(?!\\d)");
    /** A piece that ends with a day's ordinal dot ("Am 13.", "V úterý 3.11."): the sentence goes on. */
    private static final Pattern DAY_DOT_END = Pattern.compile("(?<!\\d)\\d{1,2}\\.$");
    /**
     * A piece that ends with a short abbreviation's dot ("2022 m. liepos mėn.", "„Pfälzer Bergland“ und „St."):
     * the sentence goes on.
     */
    private static final Pattern ABBREVIATION_END = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{L}{1,3}\\.$");
    /** A measure word right before a number: "poddziałania 19.3" is a code. */
    private static final Pattern MEASURE_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])(?:"
            + Vocabulary.get().alternation("measure") + ")\\s*(?:nr\\.?|no\\.?)?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MEASURE_REACH = 30;
    /** How far before a date an "until" word makes it a deadline: "do dnia 10 maja". */
    private static final int UNTIL_REACH = 12;

    /** An event with the line that tells it. */
    record Found(Event event, Line line) {
    }

    private EventSentenceReader() {
    }

    static List<Found> read(SourceText src, List<Section> sections, Marks marks) {
        Set<Integer> closed = closedLines(sections);
        int newsYear = postingYear(src);
        List<Found> events = new ArrayList<>();
        Set<String> told = new HashSet<>();
        int lastYear = newsYear;
        int firstYear = -1;
        for (Line line : src.lines()) {
            if (!Text.hasAnyDigit(line.text())) {
                continue;
            }
            int yearBefore = newsYear > 0 ? newsYear : lastYear;
            lastYear = lastYearIn(line.text(), lastYear);
            if (closed.contains(line.index()) || !EVENT_WORDS.isIn(line.text())) {
                continue;
            }
            if (yearBefore == 0 && firstYear < 0) {
                firstYear = firstYear(src);
            }
            int year = yearBefore > 0 ? yearBefore : firstYear;
            List<Event> found = new ArrayList<>();
            for (String sentence : sentences(line.text())) {
                read(sentence, year, found, told);
            }
            if (!found.isEmpty()) {
                marks.place(line);
                found.forEach(e -> events.add(new Found(e, line)));
            }
        }
        return events;
    }

    /**
     * The line's sentences, where a day's ordinal dot or a short abbreviation's does not end one: "Am 13. Juli 2009
     * um 17.00 Uhr wird ...", "V úterý 3.11. 2015 přivítal ...", "2022 m. liepos mėn. ... pasirašė".
     */
    private static List<String> sentences(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder open = null;
        for (Sentences.Sentence s : Sentences.split(text)) {
            String piece = open == null ? s.text() : open + " " + s.text();
            if (DAY_DOT_END.matcher(piece).find() || ABBREVIATION_END.matcher(piece).find()) {
                open = new StringBuilder(piece);
            } else {
                out.add(piece);
                open = null;
            }
        }
        if (open != null) {
            out.add(open.toString());
        }
        return out;
    }

    /** The lines of sections that hold no events: media items (dated titles of articles), the period, money, contacts. */
    private static Set<Integer> closedLines(List<Section> sections) {
        Set<Integer> closed = new HashSet<>();
        for (Section s : sections) {
            if (!mayTellEvents(s.kind())) {
                s.valueAndBody().forEach(l -> closed.add(l.index()));
            }
        }
        return closed;
    }

    private static void read(String sentence, int year, List<Event> events, Set<String> told) {
        if (!Text.hasAnyDigit(sentence)) {
            return;
        }
        // the dates before the words: the date reader is one pass, the event words are many alternatives
        List<DateHit> hits = year > 0 ? Dates.findAll(sentence, year) : Dates.findAll(sentence);
        if (hits.stream().noneMatch(h -> isEventDate(sentence, h)) || !EVENT_WORDS.isIn(sentence)) {
            return;
        }
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
        if (NOT_EVENT.isIn(sentence.substring(0, h.from()))) {
            return false;
        }
        // "poddziałania 19.3", "meetme 19.2": a measure's code, not a day and month
        if (MEASURE_BEFORE.matcher(sentence.substring(Math.max(0, h.from() - MEASURE_REACH), h.from())).find()) {
            return false;
        }
        return !UNTIL.isIn(sentence.substring(Math.max(0, h.from() - UNTIL_REACH), h.from()));
    }

    /** The year of the page's posting date ("dodano: 2018-05-11", "Postitettu 12.3.2019"), or 0. */
    private static int postingYear(SourceText src) {
        for (Line line : src.lines()) {
            // a posting line is short: "dodano: 2018-05-11 08:32"
            if (line.text().length() > MAX_POSTING_LINE || !Text.hasAnyDigit(line.text())) {
                continue;
            }
            WordIndex.Finder posted = NOT_EVENT.finder(line.text());
            if (posted.find()) {
                Matcher year = YEAR.matcher(line.text());
                if (year.find(posted.end()) && year.start() - posted.end() <= 20) {
                    return Integer.parseInt(year.group());
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

    private static int firstYear(SourceText src) {
        for (Line line : src.lines()) {
            Matcher m = YEAR.matcher(line.text());
            if (m.find()) {
                return Integer.parseInt(m.group());
            }
        }
        return 0;
    }

    private static boolean mayTellEvents(SectionKind kind) {
        return switch (kind) {
            case MEDIA, PERIOD, BUDGET, REFERENCE, CONTACT, WEBSITE -> false;
            default -> true;
        };
    }

    private static String title(String sentence) {
        String t = Text.trimItem(sentence);
        return t.length() <= MAX_TITLE ? t : t.substring(0, MAX_TITLE - 1).strip() + "…";
    }
}
