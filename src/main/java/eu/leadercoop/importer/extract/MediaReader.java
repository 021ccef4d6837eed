package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.MediaItem;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads media items under a media label: one per line or list item, its date at the start
 * ({@code 01.03.2024 Kodukant Läänemaa liitus ...}) or elsewhere in it ({@code ... (12.05.2023)}), its link
 * when it has one.
 */
final class MediaReader {

    record Found(MediaItem item, Line line) {
    }

    private MediaReader() {
    }

    static List<Found> read(List<Section> sections, Marks marks) {
        List<Found> items = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() != SectionKind.MEDIA) {
                continue;
            }
            for (Line line : s.valueAndBody()) {
                if (line.isBlank()) {
                    continue;
                }
                Found f = read(line);
                if (f != null) {
                    items.add(f);
                    marks.place(line);
                }
            }
            if (s.heading() != null) {
                marks.place(s.heading());
            }
        }
        return items;
    }

    private static Found read(Line line) {
        String text = line.text().substring(ListMarker.end(line.text()));
        String link = null;
        Matcher url = WebsiteReader.URL.matcher(text);
        if (url.find()) {
            link = WebsiteReader.trimEnd(url.group());
            text = (text.substring(0, url.start()) + text.substring(url.end())).trim();
        }
        DateHit date = Dates.atStart(text);
        if (date != null) {
            text = text.substring(date.to());
        } else {
            List<DateHit> all = Dates.findAll(text);
            if (!all.isEmpty()) {
                date = all.get(all.size() - 1);
                text = text.substring(0, date.from()) + text.substring(date.to());
            }
        }
        // what is left where the date was: "ERR uudis : ..." reads "ERR uudis: ..."
        // "Maaleht, 5. aprill 2024: „…“" reads "Maaleht: „…“"
        String title = Text.trimItem(text.replaceAll("\\(\\s*\\)", "").replaceAll("\\s+([:,.;])", "$1")
                .replaceAll("[,;]:", ":")
                .replaceAll("^[\\s–—:|-]+|[\\s–—:|,-]+$", ""));
        if (title.isEmpty() && link == null) {
            return null;
        }
        return new Found(new MediaItem(date == null ? null : date.start(), title.isEmpty() ? null : title, link,
                date == null ? null : date.asWritten()), line);
    }
}
