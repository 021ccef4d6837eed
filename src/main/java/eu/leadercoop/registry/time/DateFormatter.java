package eu.leadercoop.registry.time;

import eu.leadercoop.registry.time.DateVocabulary.Language;
import java.util.Locale;

/**
 * Writes partial dates the way each language writes them on project pages. Every form written here
 * is one {@link DateGrammar} reads back to the same value.
 */
final class DateFormatter {

    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    private DateFormatter() {
    }

    static String format(PartialDate date, Language language) {
        int year = date.year();
        return switch (date.precision()) {
            case YEAR -> Integer.toString(year);
            case SEASON -> DateVocabulary.seasonName(language, date.season()) + " " + year;
            case QUARTER -> language == Language.EN ? "Q" + date.quarter() + " " + year
                    : ROMAN[date.quarter() - 1] + " " + DateVocabulary.quarterWord(language) + " " + year;
            case MONTH -> DateVocabulary.monthName(language, date.month()) + " " + year;
            case DAY -> language == Language.EN
                    ? date.day() + " " + DateVocabulary.monthName(language, date.month()) + " " + year
                    : String.format(Locale.ROOT, "%02d.%02d.%d", date.day(), date.month(), year);
        };
    }

    /**
     * A range, shortened where the language shortens it: days and months of one year share the year
     * ("23.–24.08.2024", "märts–mai 2025"); otherwise both ends in full around a spaced en dash.
     */
    static String format(PartialDateRange range, Language language) {
        PartialDate start = range.start();
        PartialDate end = range.end();
        if (range.isSingle()) {
            return format(start, language);
        }
        boolean sameYear = start.year() == end.year();
        if (sameYear && start.precision() == Precision.DAY && end.precision() == Precision.DAY) {
            return dayRange(start, end, language);
        }
        if (sameYear && start.precision() == Precision.MONTH && end.precision() == Precision.MONTH) {
            return DateVocabulary.monthName(language, start.month()) + "–"
                    + DateVocabulary.monthName(language, end.month()) + " " + end.year();
        }
        return format(start, language) + " – " + format(end, language);
    }

    private static String dayRange(PartialDate start, PartialDate end, Language language) {
        boolean sameMonth = start.month() == end.month();
        String pattern = switch (language) {
            case ET -> sameMonth ? "%1$02d.–%3$02d.%4$02d.%5$d" : "%1$02d.%2$02d.–%3$02d.%4$02d.%5$d";
            case PL -> sameMonth ? "%1$02d–%3$02d.%4$02d.%5$d" : "%1$02d.%2$02d–%3$02d.%4$02d.%5$d";
            case EN -> sameMonth ? "%1$d–%3$d %7$s %5$d" : "%1$d %6$s – %3$d %7$s %5$d";
        };
        return String.format(Locale.ROOT, pattern, start.day(), start.month(), end.day(), end.month(), end.year(),
                DateVocabulary.monthName(language, start.month()), DateVocabulary.monthName(language, end.month()));
    }
}
