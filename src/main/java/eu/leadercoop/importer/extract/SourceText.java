package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * The document text split into lines. Offsets of lines refer to the text as given, so spans in the draft
 * point into what the user sees.
 */
final class SourceText {

    private final String text;
    private final List<Line> lines;

    private SourceText(String text, List<Line> lines) {
        this.text = text;
        this.lines = lines;
    }

    static SourceText of(String text) {
        String plain = Text.plain(text);
        List<Line> lines = new ArrayList<>();
        int start = 0;
        int index = 0;
        while (start <= plain.length()) {
            int nl = plain.indexOf('\n', start);
            int end = nl < 0 ? plain.length() : nl;
            int a = start;
            int b = end;
            while (a < b && plain.charAt(a) == ' ') {
                a++;
            }
            while (b > a && plain.charAt(b - 1) == ' ') {
                b--;
            }
            lines.add(Line.of(index++, plain.substring(a, b), a));
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new SourceText(text, List.copyOf(lines));
    }

    String text() {
        return text;
    }

    List<Line> lines() {
        return lines;
    }
}
