package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.DateSpan;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the project period where no period section gives it, from what the page says elsewhere, best first:
 * <ol>
 *   <li>start and end labels, each with its date ({@code Projekti algus: 2016}, {@code Startdatum} above
 *       {@code 07.08.2017});</li>
 *   <li>a sentence that says a range is the project's time: a period word (vocabulary key {@code period}) and a
 *       range of at least two months ({@code Projekt zostanie zrealizowany w okresie od dnia 01.03.2022 r. do
 *       dnia 31.10.2022 r.}, {@code 2017–2019 toimub ... koostööprojekt}); with no range, a single date after an
 *       "until" word is the end ({@code Operację zrealizujemy do końca roku 2021});</li>
 *   <li>a sentence that names the project (vocabulary key {@code period.project}) with such a range
 *       ({@code Drugi projekt współpracy (2019–2021)});</li>
 *   <li>a short line, such as a heading or the line under it, that ends with such a range
 *       ({@code Ühisprojekt "Mulgimaa külade arenguks!" 2021-2022}, {@code 07.08.2017 - 14.09.2021}).</li>
 * </ol>
 * A range of days within a month or two is an event's, not a period; a range right after a programme's or a
 * strategy's name ({@code maaseudun kehittämisohjelma 2014 - 2020}, {@code LEADER perioodi 2014–2020},
 * {@code arengustrateegia 2015–2020}) is theirs.
 */
final class PeriodMentionReader {

    /** A heading with its range is short; a longer line is prose, read only with a period word. */
    private static final int MAX_HEADING_WORDS = 12;
    /** How far before a range a programme's name makes the range the programme's. */
    private static final int PROGRAMME_REACH = 80;
    private static final WordIndex PERIOD_WORDS = Vocabulary.get().index("period");
    private static final WordIndex UNTIL_WORDS = Vocabulary.get().index("period.until");
    private static final WordIndex PROJECT_WORDS = Vocabulary.get().index("period.project");
    /** A programme's name (vocabulary key {@code programme}) or a strategy's (key {@code period.not}). */
    private static final WordIndex PROGRAMME = WordIndex.of(List.of(Stream.concat(
                    Vocabulary.get().regexes("programme").stream(), Vocabulary.get().regexes("period.not").stream()).toList()),
            names -> "(?<![\\p{L}\\p{N}])(?:" + names.get(0) + ")(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.WORD_START);
    /**
     * What may stand between a programme's name and its years: "LEADER perioodi 2014–2020", "Programu Rozwoju
     * Obszarów Wiejskich na lata 2014-2020", "Rural Development Programme for the period 2014-2020".
     */
    private static final Pattern PROGRAMME_GAP = Pattern.compile(
            "[\\s:(,–-]*(?:(?:na|for|the|de|pour|la|für|die|för|perio\\p{L}*|okres\\p{L}*|kaud\\p{L}*|lata|years|metų|"
                    + "gadiem|jahre)[\\s:(,–-]+){0,3}",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Years a project of these programmes runs in; "Journalnummer 2008-5856" is no range. */
    private static final int FIRST_YEAR = 1980;
    private static final int LAST_YEAR = 2100;
    private static final int MAX_YEARS = 15;
    /** Every period names a year; a text without one is not given to the date reader. */
    private static final Pattern YEAR = Pattern.compile("(?:19[89]|20\\d)\\d");
    private static final WordIndex START_LABEL = label("period.start");
    private static final WordIndex END_LABEL = label("period.end");

    private PeriodMentionReader() {
    }

    static PeriodReader.Found read(SourceText src, Marks marks) {
        List<Line> lines = src.lines();
        Labelled start = null;
        Labelled end = null;
        PeriodReader.Found inSentence = null;
        PeriodReader.Found ofProject = null;
        PeriodReader.Found untilDate = null;
        PeriodReader.Found inHeading = null;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.isBlank() || !hasDigitOrLabel(line)) {
                continue;
            }
            if (start == null) {
                start = labelled(START_LABEL, lines, i);
            }
            if (end == null) {
                end = labelled(END_LABEL, lines, i);
            }
            boolean hasYear = YEAR.matcher(line.text()).find();
            if (inSentence == null && hasYear) {
                for (Sentences.Sentence s : Sentences.split(line.text())) {
                    // the dates first: the date reader is one pass, the word lists are many alternatives
                    List<DateHit> hits = YEAR.matcher(s.text()).find() ? Dates.findAll(s.text()) : List.of();
                    if (hits.isEmpty()) {
                        continue;
                    }
                    if (ofProject == null && PROJECT_WORDS.isIn(s.text())) {
                        ofProject = rangeOf(s.text(), hits, line.start() + s.start(), 0.5);
                    }
                    if (PERIOD_WORDS.isIn(s.text())) {
                        inSentence = rangeOf(s.text(), hits, line.start() + s.start(), 0.6);
                        if (inSentence == null && untilDate == null) {
                            untilDate = until(s.text(), hits, line.start() + s.start());
                        }
                        if (inSentence != null) {
                            marks.place(line);
                            break;
                        }
                    }
                }
            }
            if (inHeading == null && hasYear && Text.countWords(line.text()) <= MAX_HEADING_WORDS) {
                inHeading = endingRange(line);
            }
        }
        if (start != null) {
            String endDate = end == null ? null : end.date().end();
            String written = start.date().asWritten() + (end == null ? "" : " – " + end.date().asWritten());
            int to = end == null ? start.to() : Math.max(end.to(), start.to());
            return new PeriodReader.Found(new DateSpan(start.date().start(), endDate, written), start.from(), to, 0.8);
        }
        if (inSentence != null) {
            return inSentence;
        }
        if (ofProject != null) {
            return ofProject;
        }
        return inHeading != null ? inHeading : untilDate;
    }

    /** A date under a start or end label, on the label's line or the next one. */
    private record Labelled(DateHit date, int from, int to) {
    }

    private static Labelled labelled(WordIndex label, List<Line> lines, int i) {
        Line line = lines.get(i);
        Matcher m = label.at(line.text(), 0);
        if (m == null) {
            return null;
        }
        String rest = line.text().substring(m.end()).strip();
        Line valueLine = line;
        if (rest.isEmpty()) {
            valueLine = nextNonBlank(lines, i);
            if (valueLine == null) {
                return null;
            }
            rest = valueLine.text();
        }
        DateHit date = Dates.parseRange(rest);
        if (date == null && rest.endsWith(".")) {
            date = Dates.parseRange(rest.substring(0, rest.length() - 1));
        }
        if (date == null) {
            return null;
        }
        int from = valueLine.start() + valueLine.text().indexOf(rest);
        return new Labelled(date, from, from + rest.length());
    }

    private static Line nextNonBlank(List<Line> lines, int i) {
        for (int k = i + 1; k < lines.size() && k <= i + 2; k++) {
            if (!lines.get(k).isBlank()) {
                return lines.get(k);
            }
        }
        return null;
    }

    /**
     * The first range of at least two months in a sentence that is not a programme's: written as one range, or as
     * two dates joined by a range word ({@code od dnia 01.03.2022 r. do dnia 31.10.2022 r.}).
     */
    private static PeriodReader.Found rangeOf(String text, List<DateHit> hits, int offset, double confidence) {
        for (int k = 0; k < hits.size(); k++) {
            DateHit h = hits.get(k);
            if (isProgrammes(text, h)) {
                continue;
            }
            if (isLong(h.start(), h.end())) {
                return found(text, h, h, offset, confidence);
            }
            if (k + 1 < hits.size() && h.start().equals(h.end())) {
                DateHit next = hits.get(k + 1);
                String gap = text.substring(h.to(), next.from());
                if (UNTIL_WORDS.isIn(gap) && isLong(h.start(), next.end()) && gap.length() <= 20) {
                    return found(text, h, next, offset, confidence);
                }
            }
        }
        return null;
    }

    /** A date after an "until" word in a period sentence: the end, the start unknown. */
    private static PeriodReader.Found until(String text, List<DateHit> hits, int offset) {
        WordIndex.Finder m = UNTIL_WORDS.finder(text);
        if (!m.find()) {
            return null;
        }
        for (DateHit h : hits) {
            if (h.from() >= m.end() && h.from() - m.end() <= 20 && h.start().equals(h.end())) {
                return new PeriodReader.Found(new DateSpan(null, h.end(), text.substring(m.start(), h.to())),
                        offset + m.start(), offset + h.to(), 0.5);
            }
        }
        return null;
    }

    /** The range a short line ends with, where nothing but closing marks follows it. */
    private static PeriodReader.Found endingRange(Line line) {
        List<DateHit> hits = Dates.findAll(line.text());
        if (hits.isEmpty()) {
            return null;
        }
        DateHit last = hits.get(hits.size() - 1);
        String after = line.text().substring(last.to());
        if (!after.matches("[\\s.)\\]”\"]*") || !isLong(last.start(), last.end()) || isProgrammes(line.text(), last)) {
            return null;
        }
        return found(line.text(), last, last, line.start(), 0.5);
    }

    private static PeriodReader.Found found(String text, DateHit first, DateHit last, int offset, double confidence) {
        String written = text.substring(first.from(), last.to());
        return new PeriodReader.Found(new DateSpan(first.start(), last.end(), written),
                offset + first.from(), offset + last.to(), confidence);
    }

    private static boolean isProgrammes(String text, DateHit h) {
        String before = text.substring(Math.max(0, h.from() - PROGRAMME_REACH), h.from());
        WordIndex.Finder m = PROGRAMME.finder(before);
        int lastEnd = -1;
        while (m.find()) {
            lastEnd = m.end();
        }
        // the name right before the range: "Manner-Suomen maaseudun kehittämisohjelma 2014 - 2020"
        return lastEnd >= 0 && PROGRAMME_GAP.matcher(before.substring(lastEnd)).matches();
    }

    /** Whether a range spans at least two calendar months past its first (an event's days do not). */
    static boolean isLong(String startEdtf, String endEdtf) {
        if (startEdtf == null || endEdtf == null || startEdtf.equals(endEdtf)) {
            return false;
        }
        int first = Integer.parseInt(startEdtf.substring(0, 4));
        int last = Integer.parseInt(endEdtf.substring(0, 4));
        if (first < FIRST_YEAR || last > LAST_YEAR || last - first > MAX_YEARS) {
            return false;
        }
        return months(endEdtf, true) - months(startEdtf, false) >= 2;
    }

    // The month count of an EDTF date: a year alone is its first or last month, a season or quarter its year's.
    private static int months(String edtf, boolean asEnd) {
        int year = Integer.parseInt(edtf.substring(0, 4));
        int month = edtf.length() >= 7 ? Integer.parseInt(edtf.substring(5, 7)) : asEnd ? 12 : 1;
        if (month > 12) {
            month = asEnd ? 12 : 1;
        }
        return year * 12 + month;
    }

    private static WordIndex label(String key) {
        return WordIndex.of(List.of(Vocabulary.get().regexes(key)),
                labels -> "(?:" + labels.get(0) + ")(?![\\p{L}\\p{N}])\\s*(?::|–|-)?\\s*",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.ANYTHING);
    }

    private static boolean hasDigitOrLabel(Line line) {
        return Text.hasAnyDigit(line.text()) || line.text().length() <= 40;
    }
}
