package eu.leadercoop.site;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A page's body read into blocks for the template: headings, paragraphs and lists of lines, each line a sequence
 * of pieces of text and links. Nothing in the text is taken as HTML: the template writes every piece escaped, so an
 * administrator's text cannot put script or markup on the page.
 */
public final class PageText {

    /** A piece of a line: text, or a link when {@code href} is set. */
    public record Piece(String text, String href) {
    }

    /** {@code kind}: heading, paragraph or list; a heading and a paragraph have one line, a list one per item. */
    public record Block(String kind, List<List<Piece>> lines) {
    }

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+|[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z_]+)}");

    private PageText() {
    }

    /** {@code body} with its placeholders filled from {@code values} (an unknown one is left as written), in blocks. */
    public static List<Block> blocks(String body, Map<String, String> values) {
        List<Block> blocks = new ArrayList<>();
        List<List<Piece>> list = null;
        StringBuilder paragraph = null;
        for (String raw : filled(body, values).split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("## ") || line.startsWith("- ")) {
                if (paragraph != null) {
                    blocks.add(new Block("paragraph", List.of(pieces(paragraph.toString()))));
                    paragraph = null;
                }
            }
            if (line.isEmpty() || !line.startsWith("- ")) {
                list = null;
            }
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ")) {
                blocks.add(new Block("heading", List.of(pieces(line.substring(3).strip()))));
            } else if (line.startsWith("- ")) {
                if (list == null) {
                    list = new ArrayList<>();
                    blocks.add(new Block("list", list));
                }
                list.add(pieces(line.substring(2).strip()));
            } else if (paragraph == null) {
                paragraph = new StringBuilder(line);
            } else {
                paragraph.append(' ').append(line);
            }
        }
        if (paragraph != null) {
            blocks.add(new Block("paragraph", List.of(pieces(paragraph.toString()))));
        }
        return blocks;
    }

    static String filled(String body, Map<String, String> values) {
        Matcher m = PLACEHOLDER.matcher(body);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(values.getOrDefault(m.group(1), m.group())));
        }
        return m.appendTail(out).toString();
    }

    static List<Piece> pieces(String line) {
        List<Piece> pieces = new ArrayList<>();
        Matcher m = LINK.matcher(line);
        int at = 0;
        while (m.find()) {
            String found = m.group();
            // a sentence's full stop or a closing bracket after an address is not part of it
            String link = found.replaceFirst("[.,;:!?)]+$", "");
            if (m.start() > at) {
                pieces.add(new Piece(line.substring(at, m.start()), null));
            }
            pieces.add(new Piece(link, link.contains("://") ? link : "mailto:" + link));
            at = m.start() + link.length();
        }
        if (at < line.length()) {
            pieces.add(new Piece(line.substring(at), null));
        }
        return pieces;
    }
}
