package eu.leadercoop.registry.time;

import static eu.leadercoop.registry.time.Token.Kind.COMMA;
import static eu.leadercoop.registry.time.Token.Kind.DOT;
import static eu.leadercoop.registry.time.Token.Kind.NUMBER;
import static eu.leadercoop.registry.time.Token.Kind.SEMICOLON;
import static eu.leadercoop.registry.time.Token.Kind.SLASH;
import static eu.leadercoop.registry.time.Token.Kind.WORD;
import static eu.leadercoop.registry.time.WrittenDate.NONE;

import java.util.ArrayList;
import java.util.List;

/**
 * The shapes in which dates are written, recognised on a list of {@link Token}s.
 *
 * <p>Each shape looks at most a few tokens ahead and never backtracks further, so reading is linear
 * in the length of the text whatever it contains. The grammar only recognises shapes; whether the
 * numbers make a real date, and what an incomplete date borrows from its neighbours, is decided
 * afterwards (see {@link WrittenDate}).
 *
 * <pre>
 * expression := shape (joint shape)*             joint: , ; ja ning i oraz and
 * shape      := [od|from|alates] date [separator date]      separator: any dash, to kuni do until till,
 *                                                           "/" between two year-first dates
 * date       := 2024-06-04 | 2024-06 | 2025-21 | 2024 [.] [aasta|a.|r.|roku] [month|season|quarter]
 *             | 08.11.2024 | 08.11 2024 | 30.06. | 23. | 11/2024 | 11.2024 | 04-06-2024
 *             | 4 June 2024 | 4. juuni | 3. kvartal 2024
 *             | June 4, 2024 | jaanuar 2024 | märts | kevad 2025 | I kvartal 2024 | Q3 2024
 * </pre>
 */
final class DateGrammar {

    /**
     * One date, or a range of two, as written.
     *
     * @param end     the end of a range, {@code null} for a single date
     * @param problem why the shape cannot be read although it looks like a date, else {@code null}
     */
    record Shape(WrittenDate start, WrittenDate end, int firstToken, int endToken, String problem) {

        /** Whether the shape needs nothing from a later date. */
        boolean isComplete() {
            return problem != null || end != null || start.isComplete();
        }
    }

    /**
     * Shapes joined into a list, as in "2020. ja 2021. aasta märtsis".
     *
     * @param endToken     index after the last shape kept
     * @param scannedToken index after the last shape read; trailing shapes that could never be completed
     *                     are dropped, and a caller searching a text can skip them too
     */
    record Expression(List<Shape> shapes, int endToken, int scannedToken) {
    }

    private record YearAt(int value, int end, boolean takesMonth) {
    }

    private record QuarterAt(int value, int end) {
    }

    private final List<Token> tokens;

    DateGrammar(List<Token> tokens) {
        this.tokens = tokens;
    }

    /** The expression beginning at token {@code i}, or {@code null} if no date begins there. */
    Expression expression(int i) {
        Shape first = shape(i);
        if (first == null) {
            return null;
        }
        List<Shape> shapes = new ArrayList<>(List.of(first));
        int end = first.endToken();
        while (isListJoint(end)) {
            Shape next = shape(end + 1);
            if (next == null) {
                break;
            }
            shapes.add(next);
            end = next.endToken();
        }
        // Borrowing goes from later dates to earlier ones, so incomplete trailing shapes stay incomplete.
        while (shapes.size() > 1 && !shapes.getLast().isComplete()) {
            shapes.removeLast();
        }
        return new Expression(List.copyOf(shapes), shapes.getLast().endToken(), end);
    }

    private Shape shape(int i) {
        Token first = token(i);
        boolean opened = first != null && first.is(WORD) && DateVocabulary.isRangeOpener(first.folded());
        WrittenDate start = date(opened ? i + 1 : i);
        if (start == null) {
            return null;
        }
        int separator = start.endToken();
        if (isRangeSeparator(separator, start)) {
            WrittenDate end = date(separator + 1);
            if (end == null || !canPair(start, end)) {
                end = dayAndYear(separator + 1);
            }
            if (end != null && canPair(start, end)) {
                return new Shape(start, end, i, end.endToken(), null);
            }
        }
        String problem = opened ? "'" + first.raw() + "' begins a range that has no end" : null;
        return new Shape(start, null, i, start.endToken(), problem);
    }

    // Two dates make a range only if together they can be completed; otherwise the dash means
    // something else ("2024 - 5 osalejat").
    private static boolean canPair(WrittenDate start, WrittenDate end) {
        boolean year = start.hasYear() || end.hasYear();
        boolean startMonth = !start.hasDay() || start.hasMonth() || end.hasMonth();
        boolean endMonth = !end.hasDay() || end.hasMonth() || start.hasMonth();
        return year && startMonth && endMonth;
    }

    private boolean isRangeSeparator(int i, WrittenDate start) {
        Token t = token(i);
        if (t == null) {
            return false;
        }
        if (t.is(Token.Kind.DASH)) {
            return true;
        }
        if (t.is(WORD)) {
            return DateVocabulary.isRangeWord(t.folded());
        }
        // "2023/2024", "2024-01/2025-06"; in "11/2024" the slash belongs to the date itself.
        return t.is(SLASH) && token(start.firstToken()).isNumber(4) && numberAt(i + 1, 4);
    }

    private boolean isListJoint(int i) {
        Token t = token(i);
        return t != null && (t.is(COMMA) || t.is(SEMICOLON) || t.is(WORD) && DateVocabulary.isListWord(t.folded()));
    }

    /** The single date beginning at token {@code i}, or {@code null}. */
    WrittenDate date(int i) {
        Token t = token(i);
        if (t == null) {
            return null;
        }
        if (t.isNumber(4)) {
            return yearFirst(i);
        }
        if (t.isSmallNumber()) {
            return dayFirst(i);
        }
        if (!t.is(WORD)) {
            return null;
        }
        int month = DateVocabulary.month(t.folded());
        if (month > 0) {
            return monthFirst(i, month);
        }
        Season season = DateVocabulary.season(t.folded());
        if (season != null) {
            YearAt year = yearAt(i + 1);
            return year == null ? WrittenDate.season(i, i + 1, season, NONE, false)
                    : WrittenDate.season(i, year.end(), season, year.value(), false);
        }
        QuarterAt quarter = quarterAt(i);
        if (quarter != null) {
            YearAt year = yearAt(quarter.end());
            return year == null ? WrittenDate.quarter(i, quarter.end(), quarter.value(), NONE)
                    : WrittenDate.quarter(i, year.end(), quarter.value(), year.value());
        }
        return null;
    }

    // 2024-06-04, 2024-06, 2025-21 (EDTF), 2024, 2021. aasta märtsis, 2022 kevadeks, 2024 Q3
    private WrittenDate yearFirst(int i) {
        int year = token(i).value();
        if (hyphenAndTwoDigits(i + 1)) {
            int code = token(i + 2).value();
            return hyphenAndTwoDigits(i + 3) ? WrittenDate.day(i, i + 5, token(i + 4).value(), code, year)
                    : WrittenDate.edtf(i, i + 3, year, code);
        }
        YearAt written = yearAt(i);
        int end = written.end();
        Token next = token(end);
        if (written.takesMonth() && next != null && next.is(WORD)) {
            int month = DateVocabulary.month(next.folded());
            if (month > 0) {
                return WrittenDate.month(i, afterAbbreviationDot(end + 1), month, year, true);
            }
            Season season = DateVocabulary.season(next.folded());
            if (season != null) {
                return WrittenDate.season(i, end + 1, season, year, true);
            }
            QuarterAt quarter = quarterAt(end);
            if (quarter != null) {
                return WrittenDate.quarter(i, quarter.end(), quarter.value(), year);
            }
        }
        return WrittenDate.year(i, end, year);
    }

    // 08.11.2024, 08.11 2024, 30.06., 11/2024, 11.2024, 04-06-2024, 4 June 2024, 3. kvartal 2024, 23.
    private WrittenDate dayFirst(int i) {
        int number = token(i).value();
        Token separator = token(i + 1);
        Token next = token(i + 2);
        if (separator != null && separator.glued() && next != null && next.glued() && next.is(NUMBER)) {
            if (separator.is(DOT) && next.isSmallNumber()) {
                return dayDotMonth(i, number, next.value());
            }
            if ((separator.is(DOT) || separator.is(SLASH)) && next.isNumber(4)) {
                YearAt year = yearAt(i + 2);
                return WrittenDate.month(i, year.end(), number, year.value(), false);
            }
            if (separator.isHyphen() && next.isSmallNumber() && hyphenAndYear(i + 3)) {
                YearAt year = yearAt(i + 4);
                return WrittenDate.day(i, year.end(), number, next.value(), year.value());
            }
            if (!separator.is(Token.Kind.DASH)) {
                return null; // numbers glued by dots or slashes in no known order: "12/13/2024", "1.123"
            }
        }
        int afterNumber = afterOrdinal(i + 1);
        int k = is(afterNumber, DOT) ? afterNumber + 1 : afterNumber;
        Token word = token(k);
        if (word != null && word.is(WORD)) {
            int month = DateVocabulary.month(word.folded());
            if (month > 0) {
                int end = afterAbbreviationDot(k + 1);
                YearAt year = yearAt(end);
                return year == null ? WrittenDate.day(i, end, number, month, NONE)
                        : WrittenDate.day(i, year.end(), number, month, year.value());
            }
            if (DateVocabulary.isQuarterWord(word.folded())) {
                YearAt year = yearAt(k + 1);
                return year == null ? WrittenDate.quarter(i, k + 1, number, NONE)
                        : WrittenDate.quarter(i, year.end(), number, year.value());
            }
        }
        return WrittenDate.day(i, k, number, NONE, NONE);
    }

    // After "08.11": ".2024", " 2024", "." before a dash, or nothing.
    private WrittenDate dayDotMonth(int i, int day, int month) {
        int k = i + 3;
        if (is(k, DOT)) {
            Token year = token(k + 1);
            if (year != null && year.glued() && year.is(NUMBER)) {
                if (!year.isNumber(4)) {
                    return WrittenDate.unreadable(i, k + 2,
                            "the year '" + year.raw() + "' is ambiguous; write it with four digits");
                }
                YearAt written = yearAt(k + 1);
                return WrittenDate.day(i, written.end(), day, month, written.value());
            }
            k++;
        }
        YearAt year = yearAt(k);
        return year == null ? WrittenDate.day(i, k, day, month, NONE)
                : WrittenDate.day(i, year.end(), day, month, year.value());
    }

    // jaanuar 2024, jaan. 2024, märts, June 4, 2024, June 4th 2024, June 4 (before "–7, 2024")
    private WrittenDate monthFirst(int i, int month) {
        int end = afterAbbreviationDot(i + 1);
        YearAt year = yearAt(end);
        if (year != null) {
            return WrittenDate.month(i, year.end(), month, year.value(), false);
        }
        Token day = token(end);
        if (day != null && day.isSmallNumber()) {
            int afterDay = afterOrdinal(end + 1);
            YearAt dayYear = yearAt(is(afterDay, COMMA) ? afterDay + 1 : afterDay);
            return dayYear == null ? WrittenDate.day(i, afterDay, day.value(), month, NONE)
                    : WrittenDate.day(i, dayYear.end(), day.value(), month, dayYear.value());
        }
        return WrittenDate.month(i, end, month, NONE, false);
    }

    // The end of "June 4–7, 2024": a day and a year, the month comes from the start.
    private WrittenDate dayAndYear(int i) {
        Token day = token(i);
        int comma = afterOrdinal(i + 1);
        if (day == null || !day.isSmallNumber() || !is(comma, COMMA)) {
            return null;
        }
        YearAt year = yearAt(comma + 1);
        return year == null ? null : WrittenDate.day(i, year.end(), day.value(), NONE, year.value());
    }

    // I kvartal, IV kwartał, II kvartalis, Q3
    private QuarterAt quarterAt(int i) {
        Token t = token(i);
        Token next = token(i + 1);
        if (t == null || next == null || !t.is(WORD)) {
            return null;
        }
        int roman = DateVocabulary.roman(t.folded());
        if (roman > 0 && next.is(WORD) && DateVocabulary.isQuarterWord(next.folded())) {
            return new QuarterAt(roman, i + 2);
        }
        if (t.folded().equals("q") && next.glued() && next.isNumber(1)) {
            return new QuarterAt(next.value(), i + 2);
        }
        return null;
    }

    /**
     * A four-digit year at {@code i} with what may follow it: the Estonian ordinal dot ("2020."), a word
     * for year ("aasta", "roku") or its abbreviation with a dot ("2024. a", "2024 r."). After a bare
     * ordinal dot a month word is not taken: the dot may end a sentence ("… 2024. Mai Tamm …").
     */
    private YearAt yearAt(int i) {
        Token t = token(i);
        if (t == null || !t.isNumber(4)) {
            return null;
        }
        int end = i + 1;
        boolean dot = is(end, DOT) && !gluedNumberAt(end + 1);
        if (dot) {
            end++;
        }
        boolean yearWord = false;
        Token word = token(end);
        if (word != null && word.is(WORD)) {
            if (DateVocabulary.isYearWord(word.folded())) {
                end++;
                yearWord = true;
            } else if (DateVocabulary.isYearAbbreviation(word.raw()) && (dot || is(end + 1, DOT))) {
                end += is(end + 1, DOT) ? 2 : 1;
                yearWord = true;
            }
        }
        return new YearAt(t.value(), end, !dot || yearWord);
    }

    private boolean hyphenAndTwoDigits(int i) {
        Token hyphen = token(i);
        Token number = token(i + 1);
        return hyphen != null && hyphen.isHyphen() && hyphen.glued()
                && number != null && number.isNumber(2) && number.glued();
    }

    private boolean hyphenAndYear(int i) {
        Token hyphen = token(i);
        Token number = token(i + 1);
        return hyphen != null && hyphen.isHyphen() && hyphen.glued()
                && number != null && number.isNumber(4) && number.glued();
    }

    private int afterOrdinal(int i) {
        Token t = token(i);
        return t != null && t.glued() && t.is(WORD) && DateVocabulary.isOrdinalSuffix(t.folded()) ? i + 1 : i;
    }

    private int afterAbbreviationDot(int i) {
        return is(i, DOT) && !gluedNumberAt(i + 1) ? i + 1 : i;
    }

    private boolean gluedNumberAt(int i) {
        Token t = token(i);
        return t != null && t.glued() && t.is(NUMBER);
    }

    private boolean numberAt(int i, int digits) {
        Token t = token(i);
        return t != null && t.isNumber(digits);
    }

    private boolean is(int i, Token.Kind kind) {
        Token t = token(i);
        return t != null && t.is(kind);
    }

    private Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }
}
