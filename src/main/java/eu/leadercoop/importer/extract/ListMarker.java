package eu.leadercoop.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Bullets and numbers that start list items: {@code 1.}, {@code 1.1}, {@code 2)}, {@code a)}, {@code •}, {@code -}. */
final class ListMarker {

    private static final Pattern MARKER = Pattern.compile(
            "^(?:[•·▪◦●○■□►▶✓✔➢➤*+\\-–—]|\\(?\\d{1,2}(?:\\.\\d{1,2}){0,4}[.)]|\\d{1,2}(?:\\.\\d{1,2}){1,4}|\\(?[a-z][)]"
                    + "|(?:i{1,3}|iv|v|vi{1,3}|ix|x|I{1,3}|IV|V|VI{1,3}|IX|X)[.)])\\s+");

    private ListMarker() {
    }

    /** Where the item text starts after the marker, or 0 when the line has no marker. */
    static int end(String line) {
        if (line.isEmpty()) {
            return 0;
        }
        char c = line.charAt(0);
        if (!(Character.isDigit(c) || Character.isLetter(c) || "•·▪◦●○■□►▶✓✔➢➤*+-–—(".indexOf(c) >= 0)) {
            return 0;
        }
        Matcher m = MARKER.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }
}
