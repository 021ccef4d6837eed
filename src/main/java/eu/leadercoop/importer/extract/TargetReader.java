package eu.leadercoop.importer.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative targets: a number, at most two words, and a unit noun from the vocabulary
 * ({@code ca 200 inimest} is 200 participants, {@code ca 20 uut koosloomelist algatust} 20 initiatives,
 * {@code 5 tööpäeva mentortuge igale külale} 5 mentor days per village). Under a results label any other number
 * followed by a noun phrase is a target too, the phrase as its unit ({@code ok. 500 odwiedzających targi},
 * {@code 30 producentów w katalogu}, {@code ca 2 000 visitors}): the phrase ends before a preposition, a joining
 * word or punctuation, and is never a currency, a length of time or a share ({@code 90%}).
 */
final class TargetReader {

    /** A target in a text, offsets relative to it; {@code approximate} where "ca", "około", "about"... precede it. */
    record Target(BigDecimal value, String unit, int start, int end, boolean approximate) {
    }

    /** The words people write before a rounded figure, at the end of the text before the number. */
    private static final Pattern APPROXIMATELY = Pattern.compile(
            "(?<![\\p{L}])(?:ca\\.?|circa|umbes|u\\.|ligikaudu|ligi|orienteeruvalt|ok\\.?|około|blisko|przeszło|about"
                    + "|approximately|approx\\.?|around|some|roughly|~)\\s*$");

    private static boolean approximate(String lower, int start) {
        return APPROXIMATELY.matcher(lower.substring(Math.max(0, start - 20), start)).find();
    }

    private record Unit(String name, String regex) {
    }

    private static final String L = "\\p{L}*";
    private static final List<Unit> UNITS = List.of(
            new Unit("mentor days", "(?:töö)?päev" + L + " mentor" + L + "|mentorpäev" + L + "|dni mentor" + L
                    + "|mentor(?:ing)? days?|days? of mentoring"),
            new Unit("participants", "inimes" + L + "|inimest|\\p{L}{0,12}?osale" + L + "|uczestnik" + L + "|osób|osoby|osob"
                    + "|participants?|people|persons"),
            new Unit("initiatives", "\\p{L}{0,12}?algatus" + L + "|\\p{L}{0,12}?algatust|inicjatyw" + L + "|initiatives?"),
            new Unit("publications", "publikacj" + L + "|väljaann" + L + "|trükis" + L + "|publications?"),
            new Unit("enterprises", "ettevõt" + L + "|przedsiębiorst" + L + "|enterprises|companies|businesses"),
            new Unit("organisations", "organisatsioon" + L + "|organizacj" + L + "|organi[sz]ations"),
            new Unit("jobs", "töökoh" + L + "|miejsc" + L + " pracy|jobs?"),
            new Unit("articles", "artik" + L + "|artykuł" + L + "|articles?"),
            new Unit("volunteers", "vabatahtlik" + L + "|wolontariusz" + L + "|volunteers?"),
            new Unit("LAGs", "tegevusrühma|tegevusrühmad" + L + "|lgd|lags?"),
            new Unit("villages", "küla|küla[dt]" + L + "|wsi|villages?"));
    private static final Pattern PATTERN;
    private static final Pattern PER_VILLAGE = Pattern.compile(
            "^\\s*(?:igale|iga|per|na|dla każdej|for each|in each)\\s+(?:küla" + L + "|village|wieś|wsi)");

    static {
        StringBuilder units = new StringBuilder();
        for (int i = 0; i < UNITS.size(); i++) {
            units.append(i == 0 ? "" : "|").append("(?<u").append(i).append(">").append(UNITS.get(i).regex()).append(')');
        }
        PATTERN = Pattern.compile("(?<![\\p{L}\\d.,])(?<n>\\d{1,3}(?:[ ]\\d{3}){1,4}|\\d+)(?![\\d.,]\\d)\\s+"
                + "(?:[\\p{L}-]+\\s+){0,2}?(?:" + units + ")(?![\\p{L}])");
    }

    private TargetReader() {
    }

    private static final Pattern ANY_UNIT = Pattern.compile("(?<![\\p{L}\\d.,/-])(?<n>\\d{1,3}(?:[ ]\\d{3}){1,4}|\\d+)"
            + "(?![\\d.,]\\d)\\s+(?<unit>\\p{Ll}[\\p{L}-]*(?:\\s+\\p{Ll}[\\p{L}-]*){0,2})");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Words that end a unit's noun phrase: prepositions and joining words. */
    private static final Set<String> PHRASE_ENDS = Set.of("w", "we", "z", "ze", "na", "do", "dla", "od", "po", "i", "oraz",
            "lub", "a", "ja", "ning", "või", "ka", "kohta", "in", "on", "at", "of", "for", "with", "from", "and", "or",
            "to", "per", "by", "the", "sh", "igale", "iga", "each", "every", "każdy", "każdej", "który", "które", "mis",
            "kes", "that", "which", "who");
    /** Not what a project counts as its results: money, time, shares. */
    private static final Pattern NOT_A_UNIT = Pattern.compile(
            "eur\\p{L}*|zł\\p{L}*|zl|pln|usd|gbp|sek|krooni|tuh\\p{L}*|tys\\p{L}*|mln|milj\\p{L}*|thousand|million"
                    + "|procent\\p{L}*|protsen\\p{L}*|percent|korda|razy|times"
                    + "|(?:töö)?päev\\p{L}*|dni|dzie\\p{L}*|days?|nädal\\p{L}*|tygodni\\p{L}*|weeks?|kuu\\p{L}*"
                    + "|miesią\\p{L}*|miesięc\\p{L}*|months?|aasta\\p{L}*|lat|lata|rok\\p{L}*|years?|tund\\p{L}*"
                    + "|godzin\\p{L}*|hours?|minut\\p{L}*|r|a|aastal");

    /** Every target with a unit of the vocabulary in a lower-cased text. */
    static List<Target> findAll(String lower) {
        return findAll(lower, false);
    }

    /**
     * Every target in a lower-cased text; with {@code anyUnit} also numbers whose unit is not in the vocabulary,
     * the noun phrase after them as their unit (for results stated as such, not for activities).
     */
    static List<Target> findAll(String lower, boolean anyUnit) {
        List<Target> found = known(lower);
        if (!anyUnit || lower.chars().noneMatch(Character::isDigit)) {
            return found;
        }
        Matcher m = ANY_UNIT.matcher(lower);
        while (m.find()) {
            int start = m.start();
            String digits = m.group("n").replace(" ", "");
            if (isYear(m.group("n")) || found.stream().anyMatch(t -> t.start() <= start && start < t.end())) {
                continue;
            }
            String unit = nounPhrase(m.group("unit"));
            if (!unit.isEmpty()) {
                found.add(new Target(new BigDecimal(digits), unit, start, m.start("unit") + unit.length(),
                        approximate(lower, start)));
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    /** The words of the unit up to the first that ends a noun phrase; empty when the first is money or time. */
    private static String nounPhrase(String words) {
        StringBuilder unit = new StringBuilder();
        for (String w : SPACES.split(words)) {
            if (PHRASE_ENDS.contains(w) || (unit.isEmpty() && NOT_A_UNIT.matcher(w).matches())) {
                break;
            }
            unit.append(unit.isEmpty() ? "" : " ").append(w);
        }
        return unit.toString();
    }

    /** "2024" is a year; "2 000", grouped as numbers are, is not. */
    private static boolean isYear(String written) {
        return written.length() == 4 && (written.startsWith("19") || written.startsWith("20"));
    }

    private static List<Target> known(String lower) {
        List<Target> found = new ArrayList<>(1);
        if (lower.chars().noneMatch(Character::isDigit)) {
            return found;
        }
        Matcher m = PATTERN.matcher(lower);
        while (m.find()) {
            String digits = m.group("n").replace(" ", "");
            if (isYear(m.group("n"))) {
                continue;
            }
            String unit = null;
            for (int i = 0; i < UNITS.size() && unit == null; i++) {
                if (m.group("u" + i) != null) {
                    unit = UNITS.get(i).name();
                }
            }
            int end = m.end();
            Matcher per = PER_VILLAGE.matcher(lower.substring(end));
            if (per.find() && !unit.equals("villages")) {
                unit = unit + " per village";
                end += per.end();
            }
            found.add(new Target(new BigDecimal(digits), unit, m.start(), end, approximate(lower, m.start())));
        }
        return found;
    }
}
