package eu.leadercoop.importer.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds sums of money: a number with a currency sign, word or code next to it.
 *
 * <p>Thousands may be grouped with spaces (also non-breaking ones, made plain before), dots, commas or
 * apostrophes, always in groups of three after the first group; the decimal part is one or two digits after a
 * comma or point, or a dash for none ({@code 12500,- €}, as price tags write it). So {@code 33 002,80},
 * {@code 1.234.567,89}, {@code 33,000.00}, {@code 3300.28} and {@code 12500,-} all read.
 * A number without a currency next to it is not money (years, counts, reference numbers).
 */
final class AmountParser {

    private static final String NUMBER =
            "(?<![\\d.,])(?<int>\\d{1,3}(?<sep>[ \u00A0\u202F.,'’])\\d{3}(?:\\k<sep>\\d{3}){0,5}|\\d+)"
                    + "(?:[.,](?<dec>\\d{1,2})(?!\\d)|[.,][-–])?";
    private static final String SCALE = "(?:[\\s\u00A0]*(?<scale>tys\\.?|tuh\\.?|tuhat|thousand|mln\\.?|mio\\.?|milj\\.?|million)"
            + "|(?<scale2>m|bn)(?![\\p{L}]))?";
    private static final String CURRENCY =
            "€|eur(?:ot|o|os|a|i)?|zł(?:otych|ote|oty)?|zl(?:otych)?|pln|usd|\\$|us\\$|gbp|£|sek|nok|dkk|chf|eek|krooni"
                    + "|(?:zviedrijas )?kronas|kronor|czk|kč|korun|huf|(?-i:Ft)|forint\\p{L}*|ltl|lit(?:ų|ai|as)|lt"
                    + "|kr(?:\\.)?";
    private static final Pattern AFTER = Pattern.compile(
            NUMBER + SCALE + "[\\s\u00A0\u202F]?(?<cur>" + CURRENCY + ")(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern BEFORE = Pattern.compile(
            "(?<![\\p{L}])(?<cur>€|eur|pln|zł|usd|\\$|gbp|£)\\s?" + NUMBER + SCALE + "(?![\\d])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String[] CODES_FIRST = {"eur", "pln", "zł", "usd", "gbp"};
    /** The sums of lines already read: the budget's sections and the money in prose read the same lines. */
    private static final Remembered<List<Amount>> READ = new Remembered<>(line -> List.copyOf(read(line)));

    private AmountParser() {
    }

    /** All sums of money in one line, in order (a list that cannot be changed). */
    static List<Amount> findAll(String line) {
        if (!Text.hasDigit(line)) {
            return List.of();
        }
        return READ.of(line);
    }

    private static List<Amount> read(String line) {
        List<Amount> found = new ArrayList<>(2);
        // a number starts at a digit: try the pattern there only, not at every character as find() would
        Matcher m = AFTER.matcher(line).useTransparentBounds(true);
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char c = line.charAt(i);
            if (c < '0' || c > '9' || i > 0 && isDigitOrMark(line.charAt(i - 1))) {
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
                found.add(amount(m, line));
                i = m.end() - 1;
            }
        }
        if (mayHaveCurrencyFirst(line)) {
            Matcher b = BEFORE.matcher(line);
            while (b.find()) {
                if (found.stream().noneMatch(a -> a.start() < b.end() && b.start() < a.end())) {
                    found.add(amount(b, line));
                }
            }
        }
        found.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return found;
    }

    private static Amount amount(Matcher m, String line) {
        String digits = m.group("int");
        String sep = m.group("sep");
        if (sep != null) {
            digits = digits.replace(sep, "");
        }
        String dec = m.group("dec");
        BigDecimal value = new BigDecimal(dec == null ? digits : digits + "." + dec);
        String scale = m.group("scale") != null ? m.group("scale") : m.group("scale2");
        if (scale != null) {
            value = value.multiply(scale(scale));
        }
        return new Amount(value.setScale(2, RoundingMode.HALF_UP), currency(m.group("cur")), m.start(), m.end(),
                line.substring(m.start(), m.end()));
    }

    private static BigDecimal scale(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        // "£1.5m", "€2bn" as headlines write them
        if (w.equals("bn")) {
            return BigDecimal.valueOf(1_000_000_000);
        }
        return w.startsWith("m") ? BigDecimal.valueOf(1_000_000) : BigDecimal.valueOf(1_000);
    }

    /** ISO 4217 code for a currency sign, word or code. */
    static String currency(String written) {
        String w = written.toLowerCase(Locale.ROOT);
        if (w.equals("€") || w.startsWith("eur")) {
            return "EUR";
        }
        if (w.startsWith("zł") || w.startsWith("zl") || w.equals("pln")) {
            return "PLN";
        }
        if (w.equals("$") || w.equals("us$") || w.equals("usd")) {
            return "USD";
        }
        if (w.equals("£") || w.equals("gbp")) {
            return "GBP";
        }
        if (w.equals("kronor") || w.endsWith("kronas")) {
            return "SEK";
        }
        if (w.equals("kč") || w.equals("korun") || w.equals("czk")) {
            return "CZK";
        }
        if (w.equals("ft") || w.startsWith("forint") || w.equals("huf")) {
            return "HUF";
        }
        if (w.equals("lt") || w.startsWith("lit") || w.equals("ltl")) {
            return "LTL";
        }
        if (w.equals("eek") || w.startsWith("kroon") || w.startsWith("kr")) {
            return "EEK";
        }
        return w.toUpperCase(Locale.ROOT);
    }

    private static boolean isDigitOrMark(char c) {
        return c >= '0' && c <= '9' || c == '.' || c == ',';
    }

    /** A sign or code that may be written before its number: "€120,500.50", "PLN 176 072,20". */
    private static boolean mayHaveCurrencyFirst(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '€' || c == '$' || c == '£') {
                return true;
            }
            if ("epzugEPZUG".indexOf(c) < 0) {
                continue;
            }
            for (String code : CODES_FIRST) {
                if (line.regionMatches(true, i, code, 0, code.length())) {
                    return true;
                }
            }
        }
        return false;
    }

}
