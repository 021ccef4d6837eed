package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list written inside a sentence with markers in sequence: {@code i) … ii) … and iii) …},
 * {@code 1) … 2) …}, {@code a) … b) …}. The items are the pieces after the markers, without the joining
 * punctuation and "and" words ({@code ; and}, {@code , oraz}) between them.
 */
final class InlineEnumeration {

    /** A marker stands after the start, a space, a colon or a semicolon, never inside a word or a bracket's text. */
    private static final Pattern MARKER = Pattern.compile(
            "(?:^|(?<=[\\s:;,]))\\(?((?:i{1,3}|iv|vi{0,3}|ix|x)|\\d{1,2}|[a-h])\\)\\s+");
    private static final Pattern JOINING = Pattern.compile(
            "(?:[\\s,;]+(?:" + andWords() + "))?[\\s,;.]*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final int MIN_ITEMS = 2;
    private static final List<String> ROMAN = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private InlineEnumeration() {
    }

    /**
     * The items of the enumeration in the text, or an empty list when it has none (fewer than two items in order).
     * Where the first marker was already taken off as a list marker ({@code building …; ii) getting …}), the text
     * before the second marker is the first item.
     */
    static List<String> items(String text) {
        Matcher m = MARKER.matcher(text);
        List<int[]> markers = new ArrayList<>();
        String expected = null;
        while (m.find()) {
            String label = m.group(1).toLowerCase(Locale.ROOT);
            if (expected == null && isSecond(label) && m.start() > 0 && isItemBefore(text.substring(0, m.start()))) {
                markers.add(new int[]{0, 0});
                expected = label;
            }
            if (expected == null ? isFirst(label) : label.equals(expected)) {
                markers.add(new int[]{m.start(), m.end()});
                expected = next(label);
            }
        }
        if (markers.size() < MIN_ITEMS) {
            return List.of();
        }
        List<String> items = new ArrayList<>(markers.size());
        for (int i = 0; i < markers.size(); i++) {
            int end = i + 1 < markers.size() ? markers.get(i + 1)[0] : text.length();
            String item = JOINING.matcher(text.substring(markers.get(i)[1], end)).replaceFirst("").strip();
            if (!item.isEmpty()) {
                items.add(item);
            }
        }
        return items.size() >= MIN_ITEMS ? items : List.of();
    }

    /** Text that ends like an item before the next one ("…; "), not like a lead-in ("The main activities were: "). */
    private static boolean isItemBefore(String before) {
        String t = before.strip();
        return t.endsWith(";") || t.endsWith(",");
    }

    private static boolean isSecond(String label) {
        return label.equals("ii") || label.equals("2") || label.equals("b");
    }

    private static boolean isFirst(String label) {
        return label.equals("i") || label.equals("1") || label.equals("a");
    }

    /** The label that follows: i → ii, 1 → 2, a → b. */
    private static String next(String label) {
        if (Character.isDigit(label.charAt(0))) {
            return String.valueOf(Integer.parseInt(label) + 1);
        }
        int r = ROMAN.indexOf(label);
        if (r >= 0) {
            return r + 1 < ROMAN.size() ? ROMAN.get(r + 1) : "";
        }
        return String.valueOf((char) (label.charAt(0) + 1));
    }

    private static String andWords() {
        String and = Vocabulary.get().alternation("and");
        return and == null ? "and" : and;
    }
}
