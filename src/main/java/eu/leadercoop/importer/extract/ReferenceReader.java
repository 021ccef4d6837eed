package eu.leadercoop.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the reference number under its label: the first token with a digit ({@code 19302100001}, {@code 00123-6935-UM0100011/22}). */
final class ReferenceReader {

    record Found(String reference, int start, int end) {
    }

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\d][\\p{L}\\d/._-]*\\d[\\p{L}\\d/._-]*|\\d+");

    private ReferenceReader() {
    }

    static Found read(List<Section> sections, Marks marks) {
        for (Section s : sections) {
            if (s.kind() != SectionKind.REFERENCE) {
                continue;
            }
            for (Line line : s.valueAndBody()) {
                Matcher m = TOKEN.matcher(line.text());
                if (m.find()) {
                    marks.place(s.heading());
                    marks.place(line);
                    String ref = WebsiteReader.trimEnd(m.group());
                    return new Found(ref, line.start() + m.start(), line.start() + m.start() + ref.length());
                }
            }
        }
        return null;
    }
}
