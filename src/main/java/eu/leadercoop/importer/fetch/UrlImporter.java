package eu.leadercoop.importer.fetch;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.draft.Draft;
import eu.leadercoop.importer.draft.ImportDrafts;
import eu.leadercoop.importer.fetch.FetchProblem.Kind;
import eu.leadercoop.importer.text.HtmlText;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Web addresses into drafts: each page is fetched by {@link PageFetcher}, its main content kept by
 * {@link MainContent}, and the result read by the importer exactly like an uploaded {@code .html} file (a PDF, Word
 * or text document at the address like an uploaded one of those), with the address as the draft's source. A page
 * that gives no text or describes no project is not kept. The setting
 * {@code leadercoop.import.url.allow-private-addresses} (default false) lets tests fetch from their own machine.
 */
@Service
public class UrlImporter {

    /** Addresses read in one request: a batch larger than this is a crawl, not an import. */
    public static final int MAX_ADDRESSES = 20;

    private static final Set<String> HTML = Set.of("text/html", "application/xhtml+xml");
    private static final Set<String> DOCUMENTS = Set.of("text/plain", "application/pdf", "application/msword",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text");
    private static final String NO_PROJECT = "no project";

    /** What became of one address. */
    public sealed interface Outcome permits Drafted, Failed {
        /** The address as given. */
        String address();
    }

    /** A draft was kept for review. */
    public record Drafted(String address, Draft draft) implements Outcome {
    }

    /** No draft: why, with the address as it was given. */
    public record Failed(String address, FetchProblem problem) implements Outcome {
    }

    private final ImportDrafts drafts;
    private final PageFetcher fetcher;

    @Autowired
    UrlImporter(ImportDrafts drafts,
                @Value("${leadercoop.import.url.allow-private-addresses:false}") boolean allowPrivateAddresses) {
        this(drafts, new PageFetcher(new PageFetcher.Settings(allowPrivateAddresses, PageFetcher.Settings.DEFAULTS.timeout(),
                PageFetcher.Settings.DEFAULTS.maxBytes(), PageFetcher.Settings.DEFAULTS.maxRedirects(),
                PageFetcher.Settings.DEFAULTS.userAgent())));
    }

    UrlImporter(ImportDrafts drafts, PageFetcher fetcher) {
        this.drafts = drafts;
        this.fetcher = fetcher;
    }

    /** The addresses of a text box, one a line: blank lines and repeats left out, in their order. */
    public static List<String> lines(String text) {
        return text == null ? List.of() : distinct(List.of(text.split("\\R")));
    }

    /** The addresses given, trimmed, without blanks and repeats. */
    public static List<String> distinct(Collection<String> addresses) {
        Set<String> out = new LinkedHashSet<>();
        for (String a : addresses) {
            if (a != null && !a.isBlank()) {
                out.add(a.strip());
            }
        }
        return new ArrayList<>(out);
    }

    /** Fetches one address and keeps its draft, or says why there is none; never throws for bad input. */
    public Outcome importOne(String address) {
        try {
            URI uri = WebAddress.parse(address);
            PageFetcher.Page page = fetcher.fetch(uri);
            String source = limit(page.finalAddress().toString());
            byte[] document = document(page);
            ImportDrafts.Added added = drafts.add(source, document, UrlImporter::describesAProject, NO_PROJECT);
            return switch (added) {
                case ImportDrafts.Kept kept -> new Drafted(address, kept.draft());
                case ImportDrafts.Refused refused when NO_PROJECT.equals(refused.reason()) ->
                        new Failed(address, FetchProblem.of(Kind.NO_PROJECT));
                case ImportDrafts.Refused refused -> new Failed(address, FetchProblem.of(Kind.NOT_READ, refused.reason()));
            };
        } catch (FetchProblem.Exception e) {
            return new Failed(address, e.problem());
        } catch (RuntimeException e) {
            // a bug of ours must not end a batch or show a stack trace
            return new Failed(address, FetchProblem.of(Kind.FAILED, e.getClass().getSimpleName()));
        }
    }

    /** The bytes the importer reads: the main content of an HTML page, other documents as they came. */
    private static byte[] document(PageFetcher.Page page) throws FetchProblem.Exception {
        String type = page.contentType();
        boolean html = HTML.contains(type) || ((type.isEmpty() || type.equals("application/octet-stream")) && looksLikeHtml(page.body()));
        if (!html && !DOCUMENTS.contains(type) && !type.isEmpty() && !type.equals("application/octet-stream")) {
            throw new FetchProblem.Exception(FetchProblem.of(Kind.CONTENT_TYPE, type));
        }
        if (page.body().length == 0) {
            throw new FetchProblem.Exception(FetchProblem.of(Kind.NO_TEXT));
        }
        if (!html) {
            return page.body();
        }
        String main = MainContent.html(page.body(), page.charset(), page.finalAddress().toString());
        if (HtmlText.text(main).isBlank()) {
            throw new FetchProblem.Exception(FetchProblem.of(Kind.NO_TEXT));
        }
        return main.getBytes(StandardCharsets.UTF_8);
    }

    private static boolean looksLikeHtml(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 1024), StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
        return head.contains("<html") || head.contains("<!doctype html") || head.contains("<body");
    }

    /** Something a project page states: a title alone is any page's. */
    static boolean describesAProject(ExtractedProject p) {
        return p.referenceNumber() != null
                || (p.period() != null && (p.period().start() != null || p.period().end() != null))
                || any(p.partners()) || any(p.goals()) || any(p.activities()) || any(p.events())
                || any(p.expectedResults())
                || (p.budget() != null && (p.budget().partnersTotal() != null || p.budget().cost() != null
                        || p.budget().grant() != null || p.budget().ownContribution() != null))
                || (p.funding() != null && (p.funding().programme() != null || p.funding().measure() != null));
    }

    private static boolean any(List<?> list) {
        return list != null && !list.isEmpty();
    }

    private static String limit(String s) {
        return s.length() <= 500 ? s : s.substring(0, 500);
    }
}
