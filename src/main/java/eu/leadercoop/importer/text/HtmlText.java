package eu.leadercoop.importer.text;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

import java.util.Locale;
import java.util.Set;

/**
 * Text out of HTML with jsoup. Scripts, styles, navigation, forms and hidden elements are dropped (never run);
 * the page's {@code main} or {@code article} is used when it has one. Block elements become lines, list items
 * become lines with a bullet or their number, table cells are separated by " | ", and a link's address follows
 * its words when they differ, so a "Projekti veebileht" link keeps its address.
 */
public final class HtmlText {

    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr",
            "blockquote", "pre", "address", "figure", "figcaption", "hr", "aside", "details", "summary", "body");
    private static final String DROPPED = "script, style, noscript, template, nav, form, iframe, object, embed, svg, "
            + "canvas, button, select, input, textarea, head, [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";

    private HtmlText() {
    }

    public static String text(String html) {
        try {
            return text(html, ReadLimits.DEFAULT.deadline());
        } catch (UnreadableDocumentException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Like {@link #text(String)}, stopping with a message for a person when {@code deadline} has passed. */
    static String text(String html, long deadline) throws UnreadableDocumentException {
        try {
            return extract(html, deadline);
        } catch (TimeUp e) {
            throw new UnreadableDocumentException(Deadline.message("HTML page"));
        }
    }

    /** Unwinds the walk over the page when the time is up. */
    private static final class TimeUp extends RuntimeException {
        TimeUp() {
            super(null, null, false, false);
        }
    }

    private static String extract(String html, long deadline) {
        Document doc = Jsoup.parse(html);
        if (Deadline.passed(deadline)) {
            throw new TimeUp();
        }
        doc.select(DROPPED).remove();
        Elements main = doc.select("main, article, [role=main]");
        if (main.isEmpty()) {
            // no main content marked: leave out the site's own header, footer and side bars, but not a
            // header that holds the page's heading
            doc.select("footer, aside, [role=navigation], [role=banner]:not(:has(h1)), header:not(:has(h1))").remove();
        }
        Element root = main.isEmpty() ? doc.body() : main.first();
        if (root == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        Element h1 = doc.selectFirst("h1");
        if (h1 != null && !main.isEmpty() && !root.select("h1").contains(h1)) {
            out.append(h1.text()).append('\n');
        }
        append(root, out, deadline);
        return tidy(out.toString());
    }

    private static void append(Node node, StringBuilder out, long deadline) {
        if (node instanceof TextNode t) {
            out.append(t.text());
            return;
        }
        if (!(node instanceof Element e)) {
            return;
        }
        if (Deadline.passed(deadline)) {
            throw new TimeUp();
        }
        String tag = e.normalName();
        if (tag.equals("br")) {
            out.append('\n');
            return;
        }
        boolean block = BLOCKS.contains(tag);
        if (block) {
            out.append('\n');
        }
        if (tag.equals("li")) {
            out.append(marker(e));
        }
        if (tag.equals("td") || tag.equals("th")) {
            if (e.elementSiblingIndex() > 0) {
                out.append(" | ");
            }
        }
        for (Node child : e.childNodes()) {
            append(child, out, deadline);
        }
        if (tag.equals("a")) {
            String href = e.attr("href").trim();
            String words = e.text().trim();
            if (href.toLowerCase(Locale.ROOT).startsWith("http") && !words.equals(href) && !words.contains(href)) {
                out.append(" (").append(href).append(')');
            }
        }
        if (block) {
            out.append('\n');
        }
    }

    private static String marker(Element li) {
        Element list = li.parent();
        if (list != null && list.normalName().equals("ol")) {
            int start = 1;
            try {
                start = list.hasAttr("start") ? Integer.parseInt(list.attr("start").trim()) : 1;
            } catch (NumberFormatException ignored) {
                // a broken start attribute: count from one
            }
            int index = 0;
            for (Element sibling : list.children()) {
                if (sibling == li) {
                    break;
                }
                if (sibling.normalName().equals("li")) {
                    index++;
                }
            }
            return (start + index) + ". ";
        }
        return "• ";
    }

    /** One blank line at most between blocks, no spaces at line ends. */
    private static String tidy(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int blank = 0;
        for (String line : s.split("\n", -1)) {
            String t = line.strip();
            if (t.isEmpty()) {
                blank++;
                continue;
            }
            if (out.length() > 0) {
                out.append(blank > 0 ? "\n\n" : "\n");
            }
            out.append(t);
            blank = 0;
        }
        return out.toString();
    }
}
