package eu.leadercoop.importer.extract;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads quantitative targets: a number, at most two words, and a unit noun from the vocabulary
 * ({@code ca 200 inimest} is 200 participants, {@code ca 20 uut koosloomelist algatust} 20 initiatives,
 * {@code 5 tööpäeva mentortuge igale külale} 5 mentor days per village).
 */
final class TargetReader {

    /** A target in a text, offsets relative to it. */
    record Target(BigDecimal value, String unit, int start, int end) {
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

    /** Every target in a lower-cased text. */
    static List<Target> findAll(String lower) {
        List<Target> found = new ArrayList<>(1);
        if (lower.chars().noneMatch(Character::isDigit)) {
            return found;
        }
        Matcher m = PATTERN.matcher(lower);
        while (m.find()) {
            String digits = m.group("n").replace(" ", "");
            if (digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"))) {
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
            found.add(new Target(new BigDecimal(digits), unit, m.start(), end));
        }
        return found;
    }
}
