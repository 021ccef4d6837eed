package eu.leadercoop.tracking;

import eu.leadercoop.registry.model.Funding;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A funding measure's maximum grant rate, as an administrator entered it: projects whose funding programme
 * contains {@code programme} and whose measure names {@code measure} may receive at most
 * {@code maxGrantRate} (0.9 for 90 %) of each partner's cost as grant.
 *
 * <p>Matching ignores case, quotes and repeated spaces; {@code measure} must appear as a whole number
 * ({@code 1.2} matches {@code 1.2 “Kogukonna arendamine…”} and {@code meede 1.2}, not {@code 1.21}).
 */
public record MeasureRule(long id, String programme, String measure, BigDecimal maxGrantRate, String note) {

    public boolean matches(Funding funding) {
        if (funding == null) {
            return false;
        }
        String programmeText = normalise(funding.programme());
        String measureText = normalise(funding.measure());
        String anywhere = programmeText + " | " + measureText;
        return anywhere.contains(normalise(programme)) && measureIn(measureText.isEmpty() ? programmeText : measureText);
    }

    private boolean measureIn(String text) {
        String code = normalise(measure);
        return Pattern.compile("(?<![\\p{L}\\p{N}.])" + Pattern.quote(code) + "(?!\\p{L}|\\p{N}|\\.\\p{N})").matcher(text).find();
    }

    /** "90 %", for pages and messages. */
    public BigDecimal maxPercent() {
        return maxGrantRate.movePointRight(2).stripTrailingZeros();
    }

    static String normalise(String text) {
        if (text == null) {
            return "";
        }
        return text.toLowerCase(Locale.ROOT).replaceAll("[\"“”„«»'’]", "").replaceAll("\\s+", " ").strip();
    }
}
