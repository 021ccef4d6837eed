package eu.leadercoop.registry.time;

import static eu.leadercoop.registry.time.Token.Kind.COMMA;
import static eu.leadercoop.registry.time.Token.Kind.DASH;
import static eu.leadercoop.registry.time.Token.Kind.DOT;
import static eu.leadercoop.registry.time.Token.Kind.NUMBER;
import static eu.leadercoop.registry.time.Token.Kind.SLASH;
import static eu.leadercoop.registry.time.Token.Kind.WORD;
import static eu.leadercoop.registry.time.WrittenDate.NONE;

/**
 * The shapes of one date, each recognised by looking a few tokens ahead:
 *
 * <pre>
 * 2024-06-04  2024-06  2025-21  2024  2024. a  2024 r.  2021. aasta märtsis  2022 kevadeks  2024 Q3
 * 08.11.2024  08.11 2024  30.06.  23.  11/2024  11.2024  04-06-2024  4 June 2024  4. juuni  3. kvartal 2024
 * June 4, 2024  jaanuar 2024  jaan. 2024  märts  kevad 2025  talv 2024/2025  I kvartal 2024  IV kw. 2023  Q3 2024
 * </pre>
 *
 * Parts may be missing ("23.", "märts"); {@link DateGrammar} pairs such dates with a neighbour that
 * supplies them.
 */
final class SingleDateGrammar {

    /** @param word the folded word or abbreviation for "year" written after it ("gada", "m"), else null */
    private record YearAt(int value, int end, boolean takesMonth, String word) {
    }

    private record QuarterAt(int value, int end) {
    }

    private final Tokens tokens;

    SingleDateGrammar(Tokens tokens) {
        this.tokens = tokens;
    }

    /** The date beginning at token {@code i}, or {@code null}. */
    WrittenDate date(int i) {
        Token t = tokens.at(i);
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
            if (year == null) {
                return WrittenDate.season(i, i + 1, season, NONE, false);
            }
            int end = season == Season.WINTER ? afterNextYear(year) : year.end();
            return WrittenDate.season(i, end, season, year.value(), false);
        }
        QuarterAt quarter = quarterAt(i);
        if (quarter != null) {
            YearAt year = yearAt(quarter.end());
            return year == null ? WrittenDate.quarter(i, quarter.end(), quarter.value(), NONE)
                    : WrittenDate.quarter(i, year.end(), quarter.value(), year.value());
        }
        return null;
    }

    /** The end of "June 4–7, 2024": a day and a year, whose month comes from the start. */
    WrittenDate dayAndYear(int i) {
        Token day = tokens.at(i);
        int comma = afterOrdinal(i + 1);
        if (day == null || !day.isSmallNumber() || !tokens.is(comma, COMMA)) {
            return null;
        }
        YearAt year = yearAt(comma + 1);
        return year == null ? null : WrittenDate.day(i, year.end(), day.value(), NONE, year.value());
    }

    // 2024-06-04, 2024-06, 2025-21 (EDTF), 2024, 2021. aasta märtsis, 2022 kevadeks, 2024 Q3
    private WrittenDate yearFirst(int i) {
        int year = tokens.at(i).value();
        if (hyphenAndNumber(i + 1, 2)) {
            int code = tokens.at(i + 2).value();
            return hyphenAndNumber(i + 3, 2) ? WrittenDate.day(i, i + 5, tokens.at(i + 4).value(), code, year)
                    : WrittenDate.edtf(i, i + 3, year, code);
        }
        YearAt written = yearAt(i);
        int end = written.end();
        Token next = tokens.at(end);
        if (written.takesMonth() && written.word() != null && next != null && next.isSmallNumber()
                && tokens.is(end + 1, DOT) && tokens.isWord(end + 2, w -> DateVocabulary.month(w) > 0)) {
            // Latvian: "2019. gada 12. martā"
            int month = DateVocabulary.month(tokens.at(end + 2).folded());
            return WrittenDate.day(i, afterAbbreviationDot(end + 3), next.value(), month, year);
        }
        if (written.takesMonth() && next != null && next.is(WORD)) {
            int month = DateVocabulary.month(next.folded());
            if (month > 0) {
                int afterMonth = afterAbbreviationDot(end + 1);
                int afterDay = lithuanianDay(afterMonth, written);
                return afterDay < 0 ? WrittenDate.month(i, afterMonth, month, year, true)
                        : WrittenDate.day(i, afterDay, tokens.at(afterMonth).value(), month, year);
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

    /**
     * Lithuanian writes the day after the month: "2010 m. gegužės 19", "2022 birželio 16 d.". The day is taken
     * after the year abbreviation "m." or before the day abbreviation "d.", so that a count after a month
     * ("2021. aasta märtsis 15 osalejat") stays a count. Returns the token after the day, or -1.
     */
    private int lithuanianDay(int i, YearAt year) {
        Token day = tokens.at(i);
        if (day == null || !day.isSmallNumber() || day.value() < 1 || tokens.is(i + 1, DOT) && tokens.isGluedNumber(i + 2)) {
            return -1;
        }
        int afterDay = afterDayWord(i + 1);
        return afterDay > i + 1 || "m".equals(year.word()) ? afterDay : -1;
    }

    // Lithuanian "d." (diena, day) after the day's number: "3 d.", "29 d."
    private int afterDayWord(int i) {
        Token t = tokens.at(i);
        if (t != null && t.is(WORD) && t.raw().equals("d") && tokens.is(i + 1, DOT)) {
            return i + 2;
        }
        return i;
    }

    // 08.11.2024, 08.11 2024, 30.06., 11/2024, 11.2024, 04-06-2024, 4 June 2024, 3. kvartal 2024, 23., 22. 5. 2016
    private WrittenDate dayFirst(int i) {
        int number = tokens.at(i).value();
        Token separator = tokens.at(i + 1);
        Token next = tokens.at(i + 2);
        if (separator != null && separator.is(DOT) && separator.glued() && next != null && !next.glued()
                && next.isSmallNumber() && tokens.is(i + 3, DOT) && tokens.at(i + 3).glued() && tokens.isNumber(i + 4, 4)) {
            // Czech and German space the parts: "22. 5. 2016"
            YearAt year = yearAt(i + 4);
            return WrittenDate.day(i, year.end(), number, next.value(), year.value());
        }
        if (separator != null && separator.glued() && next != null && next.glued() && next.is(NUMBER)) {
            if (separator.is(DOT) && next.isSmallNumber()) {
                return dayDotMonth(i, number, next.value());
            }
            if ((separator.is(DOT) || separator.is(SLASH)) && next.isNumber(4)) {
                YearAt year = yearAt(i + 2);
                return WrittenDate.month(i, year.end(), number, year.value(), false);
            }
            if (separator.isHyphen() && next.isSmallNumber() && hyphenAndNumber(i + 3, 4)) {
                YearAt year = yearAt(i + 4);
                return WrittenDate.day(i, year.end(), number, next.value(), year.value());
            }
            if (!separator.is(DASH)) {
                return null; // numbers glued by dots or slashes in no known order: "12/13/2024", "1.123"
            }
        }
        int afterNumber = afterOrdinal(i + 1);
        int k = tokens.is(afterNumber, DOT) ? afterNumber + 1 : afterNumber;
        if (tokens.isWord(k, word -> DateVocabulary.month(word) > 0)) {
            int end = afterAbbreviationDot(k + 1);
            YearAt year = yearAt(end);
            int month = DateVocabulary.month(tokens.at(k).folded());
            return year == null ? WrittenDate.day(i, end, number, month, NONE)
                    : WrittenDate.day(i, year.end(), number, month, year.value());
        }
        if (tokens.isWord(k, DateVocabulary::isQuarterWord)) {
            int end = afterAbbreviationDot(k + 1);
            YearAt year = yearAt(end);
            return year == null ? WrittenDate.quarter(i, end, number, NONE)
                    : WrittenDate.quarter(i, year.end(), number, year.value());
        }
        return WrittenDate.day(i, k, number, NONE, NONE);
    }

    // After "08.11": ".2024", " 2024", "." before a dash, or nothing.
    private WrittenDate dayDotMonth(int i, int day, int month) {
        int k = i + 3;
        if (tokens.is(k, DOT)) {
            if (tokens.isGluedNumber(k + 1)) {
                if (!tokens.isNumber(k + 1, 4)) {
                    return WrittenDate.unreadable(i, k + 2,
                            "the year '" + tokens.at(k + 1).raw() + "' is ambiguous; write it with four digits");
                }
                YearAt year = yearAt(k + 1);
                return WrittenDate.day(i, year.end(), day, month, year.value());
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
        Token day = tokens.at(end);
        if (day != null && day.isSmallNumber()) {
            int afterDay = afterDayWord(afterOrdinal(end + 1));
            YearAt dayYear = yearAt(tokens.is(afterDay, COMMA) ? afterDay + 1 : afterDay);
            return dayYear == null ? WrittenDate.day(i, afterDay, day.value(), month, NONE)
                    : WrittenDate.day(i, dayYear.end(), day.value(), month, dayYear.value());
        }
        return WrittenDate.month(i, end, month, NONE, false);
    }

    // I kvartal, IV kwartał, IV kw., II kvartalis, Q3
    private QuarterAt quarterAt(int i) {
        Token t = tokens.at(i);
        Token next = tokens.at(i + 1);
        if (t == null || next == null || !t.is(WORD)) {
            return null;
        }
        int roman = DateVocabulary.roman(t.folded());
        if (roman > 0 && tokens.isWord(i + 1, DateVocabulary::isQuarterWord)) {
            return new QuarterAt(roman, afterAbbreviationDot(i + 2));
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
        if (!tokens.isNumber(i, 4)) {
            return null;
        }
        int end = i + 1;
        boolean dot = tokens.is(end, DOT) && !tokens.isGluedNumber(end + 1);
        if (dot) {
            end++;
        }
        String yearWord = null;
        if (tokens.isWord(end, DateVocabulary::isYearWord)) {
            yearWord = tokens.at(end).folded();
            end++;
        } else if (tokens.is(end, WORD) && DateVocabulary.isYearAbbreviation(tokens.at(end).raw())
                && (dot || tokens.is(end + 1, DOT))) {
            // the raw, unfolded word: a capital "A" after "2024." begins the next sentence
            yearWord = tokens.at(end).folded();
            end += tokens.is(end + 1, DOT) ? 2 : 1;
        }
        return new YearAt(tokens.at(i).value(), end, !dot || yearWord != null, yearWord);
    }

    // "talv 2024/2025", "winter 2024-2025": a winter may be named by both its years; it is the first one's.
    private int afterNextYear(YearAt year) {
        int separator = year.end();
        Token next = tokens.at(separator + 1);
        boolean joined = (tokens.is(separator, SLASH) || tokens.is(separator, DASH)) && tokens.at(separator).glued()
                && tokens.isGluedNumber(separator + 1) && next.isNumber(4) && next.value() == year.value() + 1;
        return joined ? separator + 2 : separator;
    }

    private boolean hyphenAndNumber(int i, int digits) {
        Token hyphen = tokens.at(i);
        return hyphen != null && hyphen.isHyphen() && hyphen.glued()
                && tokens.isGluedNumber(i + 1) && tokens.isNumber(i + 1, digits);
    }

    private int afterOrdinal(int i) {
        Token t = tokens.at(i);
        return t != null && t.glued() && tokens.isWord(i, DateVocabulary::isOrdinalSuffix) ? i + 1 : i;
    }

    private int afterAbbreviationDot(int i) {
        return tokens.is(i, DOT) && !tokens.isGluedNumber(i + 1) ? i + 1 : i;
    }
}
