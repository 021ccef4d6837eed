package eu.leadercoop.importer.fetch;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.regex.Pattern;

/**
 * The part of a fetched web page that is the page's own content, as a small HTML document for the importer: the
 * site's navigation, header, footer, side bars, cookie and consent banners, breadcrumbs, share buttons, scripts
 * and forms are left out; {@code <main>} or {@code role=main} is preferred, then a single {@code <article>}, then a
 * container named like the content ({@code #content}, {@code .entry-content}...), then what is left of the body.
 * The page's heading is kept when it stands outside the part taken (in a site header or a banner image), and the
 * document title stands in for it when the page has no {@code <h1>}.
 */
public final class MainContent {

    private static final String CHROME = "script, style, noscript, template, link, meta, nav, form, iframe, object, "
            + "embed, svg, canvas, button, select, input, textarea, dialog, aside, footer, "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=search], [role=dialog], "
            + "[role=alertdialog], [aria-modal=true], [hidden], [aria-hidden=true], "
            + "[style~=(?i)display\\s*:\\s*none], [style~=(?i)visibility\\s*:\\s*hidden]";
    /** Words in an id or class that mark consent banners, breadcrumbs, sharing and skip links. */
    private static final Pattern CHROME_NAMES = Pattern.compile("(?i)(^|[\\s_-])(cookies?|cookie-?(banner|notice|bar|consent|law)|"
            + "consent|gdpr|cmplz|cookiebot|onetrust|cc-(window|banner)|breadcrumbs?|share|sharing|social|skip-?link|"
            + "screen-reader-text|sr-only|visually-hidden|site-header|site-footer|masthead|menu|sidebar|widget-area|"
            + "pagination|related-posts)($|[\\s_-])");
    private static final String CONTENT_NAMES = "#content, #main-content, #maincontent, #main, .main-content, .entry-content, "
            + ".post-content, .article-content, .page-content, .content";

    private MainContent() {
    }

    /**
     * The main content of an HTML page as a UTF-8 HTML document.
     *
     * @param body    the page's bytes
     * @param charset the charset the server named, or null to let the page's own {@code meta} tell
     * @param address the page's address, for relative links
     */
    public static String html(byte[] body, String charset, String address) {
        Document doc = parse(body, charset, address);
        Element h1 = doc.selectFirst("h1");
        String heading = h1 == null ? titleOf(doc) : h1.text();
        doc.select(CHROME).remove();
        // a site header holds a logo and a menu; one inside the content holds the page's own heading
        doc.select("header").stream().filter(h -> h.closest("main, article, [role=main]") == null).forEach(Element::remove);
        int pageText = doc.body() == null ? 0 : doc.body().text().length();
        for (Element e : doc.select("[class], [id]")) {
            if (e.parent() != null && !e.normalName().equals("body") && !e.normalName().equals("html")
                    && !e.normalName().equals("main") && !e.normalName().equals("article")
                    && (CHROME_NAMES.matcher(e.className()).find() || CHROME_NAMES.matcher(e.id()).find())
                    && e.selectFirst("main, article, [role=main], h1") == null
                    // a wrapper named for its side bar ("layout with-sidebar") holds the content too: keep it
                    && e.text().length() * 2 < pageText) {
                e.remove();
            }
        }
        Element root = root(doc);
        Document out = Document.createShell(address == null ? "" : address);
        out.charset(java.nio.charset.StandardCharsets.UTF_8);
        if (heading != null && !heading.isBlank() && (root == null || !root.text().contains(heading.strip()))) {
            out.body().appendElement("h1").text(heading.strip());
        }
        if (root != null) {
            out.body().appendChild(root.normalName().equals("body") ? wrap(root) : root.clone());
        }
        // the content is chosen: the importer's reader must take all of it, not look for a main or article again
        for (Element e : out.body().select("main, article, [role=main]")) {
            e.tagName(e.normalName().equals("main") || e.normalName().equals("article") ? "div" : e.normalName());
            e.removeAttr("role");
        }
        absoluteLinks(out);
        return out.outerHtml();
    }

    private static Document parse(byte[] body, String charset, String address) {
        String cs = null;
        if (charset != null) {
            try {
                cs = Charset.isSupported(charset) ? charset : null;
            } catch (IllegalArgumentException e) {
                cs = null;
            }
        }
        try {
            return Jsoup.parse(new ByteArrayInputStream(body), cs, address == null ? "" : address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element root(Document doc) {
        Element main = doc.selectFirst("main, [role=main]");
        if (main != null) {
            return main;
        }
        Elements articles = doc.select("article").not("article article");
        if (articles.size() == 1) {
            return articles.first();
        }
        if (articles.size() > 1) {
            // a list of posts: their common parent keeps them all
            Element parent = articles.first().parent();
            return parent == null ? doc.body() : parent;
        }
        for (Element candidate : doc.select(CONTENT_NAMES)) {
            if (candidate.text().length() > 200) {
                return candidate;
            }
        }
        return doc.body();
    }

    private static Element wrap(Element body) {
        Element div = new Element("div");
        for (var child : body.childNodesCopy()) {
            div.appendChild(child);
        }
        return div;
    }

    /** {@code <title>} or {@code og:title}, without the site's name after a separator. */
    private static String titleOf(Document doc) {
        Element og = doc.selectFirst("meta[property=og:title]");
        String title = og != null && !og.attr("content").isBlank() ? og.attr("content") : doc.title();
        if (title == null || title.isBlank()) {
            return null;
        }
        String[] parts = title.split("\\s+[|–—-]\\s+|\\s+::\\s+|\\s+»\\s+");
        return parts[0].strip();
    }

    private static void absoluteLinks(Document doc) {
        for (Element a : doc.select("a[href]")) {
            String abs = a.absUrl("href");
            if (!abs.isEmpty()) {
                a.attr("href", abs);
            }
        }
    }
}
