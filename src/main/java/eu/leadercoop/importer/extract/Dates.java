package eu.leadercoop.importer.extract;

import eu.leadercoop.registry.time.PartialDateParseException;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The importer's door to the registry's partial-date parser ({@link PartialDates}): the only class here that
 * knows its API. Nothing in the importer parses dates by itself.
 */
final class Dates {

    /** An event line's date is in its first words; reading further only costs time. */
    private static final int LINE_START_CHARS = 60;
    private static final Pattern GAP_MARKS = Pattern.compile("[\\s.,;]+");
    private static final Set<String> LIST_WORDS = Set.of("ja", "ning", "i", "oraz", "and", "&");

    private Dates() {
    }

    /** The whole text as one date or range ({@code jaanuar 2024 – juuni 2025}), or null. */
    static DateHit parseRange(String text) {
        if (text.isEmpty() || text.length() > PartialDates.MAX_INPUT_LENGTH) {
            return null;
        }
        try {
            PartialDateRange range = PartialDates.parseRange(text);
            return hit(range, text, 0, text.length());
        } catch (PartialDateParseException e) {
            return null;
        }
    }

    /** A date or range that begins the line ({@code 4.-7.06 2024 Osalemine ...}), or null. */
    static DateHit atStart(String line) {
        String head = line.length() > LINE_START_CHARS ? cutAtWord(line) : line;
        List<PartialDates.Match> found = find(head);
        if (found.isEmpty() || found.get(0).start() != 0) {
            return null;
        }
        PartialDates.Match m = found.get(0);
        return hit(m.range(), m.asWritten(), m.start(), m.end());
    }

    /**
     * The dates that begin the line: one, or a list joined by commas and "and" words, each with the list's words as
     * written ({@code 2020. ja 2021. aasta märtsis Häkaton} is March 2020 and March 2021); empty when none.
     */
    static List<DateHit> listAtStart(String line) {
        String head = line.length() > LINE_START_CHARS ? cutAtWord(line) : line;
        List<List<DateHit>> lists = lists(head);
        return !lists.isEmpty() && lists.get(0).get(0).from() == 0 ? lists.get(0) : List.of();
    }

    /**
     * The dates of a text grouped into lists: dates joined only by commas, semicolons and "and" words are one list
     * ({@code 2020. ja 2021.aasta märtsis}), each of its dates with the whole list as written.
     */
    static List<List<DateHit>> lists(String text) {
        List<DateHit> all = findAll(text);
        List<List<DateHit>> lists = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= all.size(); i++) {
            if (i == all.size() || !joinsDates(text.substring(all.get(i - 1).to(), all.get(i).from()))) {
                lists.add(asOneList(text, all.subList(first, i)));
                first = i;
            }
        }
        return lists;
    }

    private static List<DateHit> asOneList(String text, List<DateHit> dates) {
        if (dates.size() == 1) {
            return List.of(dates.get(0));
        }
        int from = dates.get(0).from();
        int to = dates.get(dates.size() - 1).to();
        String written = text.substring(from, to);
        return dates.stream().map(d -> new DateHit(d.start(), d.end(), written, from, to)).toList();
    }

    private static boolean joinsDates(String gap) {
        String words = GAP_MARKS.matcher(gap).replaceAll(" ").strip();
        return words.isEmpty() || LIST_WORDS.contains(Text.lower(words));
    }

    /** Every date or range in a text, in order. */
    static List<DateHit> findAll(String text) {
        List<DateHit> hits = new ArrayList<>();
        for (PartialDates.Match m : find(text.length() > PartialDates.MAX_INPUT_LENGTH
                ? text.substring(0, PartialDates.MAX_INPUT_LENGTH) : text)) {
            hits.add(hit(m.range(), m.asWritten(), m.start(), m.end()));
        }
        return hits;
    }

    /** Every date or range in a text, in order; days written without a year ({@code 10 maja}) take {@code year}. */
    static List<DateHit> findAll(String text, int year) {
        String head = text.length() > PartialDates.MAX_INPUT_LENGTH ? text.substring(0, PartialDates.MAX_INPUT_LENGTH) : text;
        List<DateHit> hits = new ArrayList<>();
        try {
            for (PartialDates.Match m : PartialDates.find(head, year)) {
                hits.add(hit(m.range(), m.asWritten(), m.start(), m.end()));
            }
        } catch (PartialDateParseException e) {
            return List.of();
        }
        return hits;
    }

    private static List<PartialDates.Match> find(String text) {
        try {
            return PartialDates.find(text);
        } catch (PartialDateParseException e) {
            return List.of();
        }
    }

    private static DateHit hit(PartialDateRange range, String asWritten, int from, int to) {
        return new DateHit(range.start().toEdtf(), range.end().toEdtf(), asWritten, from, to);
    }

    /** The first characters of a line, ending at a space so that no word is cut in two. */
    private static String cutAtWord(String line) {
        int space = line.indexOf(' ', LINE_START_CHARS);
        return space < 0 ? line : line.substring(0, space);
    }
}
