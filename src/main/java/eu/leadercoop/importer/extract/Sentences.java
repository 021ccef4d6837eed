package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits prose into sentences: at {@code .}, {@code !} or {@code ?} followed by a space and a capital letter or
 * digit, so that abbreviations followed by lower case ({@code s.h. vabatahtlik}, {@code ca. 200}) stay inside.
 */
final class Sentences {

    /** A sentence with offsets relative to the text it came from. */
    record Sentence(String text, int start, int end) {
    }

    private Sentences() {
    }

    static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '!' || c == '?') && i + 2 < n && text.charAt(i + 1) == ' ') {
                char next = text.charAt(i + 2);
                boolean shortWordBefore = i >= 2 && !Character.isLetter(text.charAt(i - 2)) && Character.isLetter(text.charAt(i - 1));
                if ((Character.isUpperCase(next) || "„\"“".indexOf(next) >= 0) && !shortWordBefore) {
                    add(out, text, start, i + 1);
                    start = i + 2;
                }
            }
        }
        add(out, text, start, n);
        return out;
    }

    private static void add(List<Sentence> out, String text, int start, int end) {
        String s = text.substring(start, end).trim();
        if (!s.isEmpty()) {
            int at = text.indexOf(s, start);
            out.add(new Sentence(s, at, at + s.length()));
        }
    }
}
