package eu.leadercoop.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the project's website: the address under a website label first, else the first address in a contact
 * section, else the first address on the page outside media items (those link to articles, not the project).
 */
final class WebsiteReader {

    /** An address and where it was read. */
    record Found(String url, int start, int end, double confidence) {
    }

    static final Pattern URL = Pattern.compile("(?:https?://|www\\.)[^\\s<>\"'(){}\\[\\]„”“]+",
            Pattern.CASE_INSENSITIVE);

    private WebsiteReader() {
    }

    static Found read(List<Section> sections) {
        Found labelled = first(sections, SectionKind.WEBSITE, 0.9);
        if (labelled != null) {
            return labelled;
        }
        Found contact = first(sections, SectionKind.CONTACT, 0.6);
        if (contact != null) {
            return contact;
        }
        for (Section s : sections) {
            if (s.kind() != SectionKind.MEDIA && s.kind() != SectionKind.EVENTS) {
                Found f = inLines(s.valueAndBody(), 0.4);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Found first(List<Section> sections, SectionKind kind, double confidence) {
        for (Section s : sections) {
            if (s.kind() == kind) {
                // the address may sit on the label line itself: "Projekti veebileht (https://...)"
                List<Line> lines = new java.util.ArrayList<>(s.body().size() + 1);
                lines.add(s.heading());
                lines.addAll(s.body());
                Found f = inLines(lines, confidence);
                if (f != null) {
                    return f;
                }
            }
        }
        return null;
    }

    private static Found inLines(List<Line> lines, double confidence) {
        for (Line line : lines) {
            // an address begins with http or www: most lines have neither, and are not searched
            if (line.text().indexOf('.') < 0 || !line.lower().contains("http") && !line.lower().contains("www.")) {
                continue;
            }
            Matcher m = URL.matcher(line.text());
            while (m.find()) {
                String url = trimEnd(m.group());
                if (url.length() > 8) {
                    return new Found(url, line.start() + m.start(), line.start() + m.start() + url.length(), confidence);
                }
            }
        }
        return null;
    }

    static String trimEnd(String url) {
        int end = url.length();
        while (end > 0 && ".,;:!?".indexOf(url.charAt(end - 1)) >= 0) {
            end--;
        }
        return url.substring(0, end);
    }
}
