package eu.leadercoop.site;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's own pages per language: what a network administrator saved, else the text shipped with the app
 * ({@code site/pages/SLUG.LANG.txt}: a first line {@code # Title}, then the body).
 */
@Service
public class SitePages {

    public static final List<String> LANGUAGES = List.of("et", "pl", "en");
    static final int MAX_TITLE = 200;
    static final int MAX_BODY = 50_000;

    private final JdbcClient jdbc;
    private final Clock clock;

    SitePages(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The page as readers see it in {@code language} (one of {@link #LANGUAGES}). */
    @Transactional(readOnly = true)
    public SitePage page(SitePageKind kind, String language) {
        requireLanguage(language);
        return saved(kind, language).orElseGet(() -> shipped(kind, language));
    }

    /**
     * Saves an administrator's text for one page in one language; the author is kept with it.
     *
     * @throws InvalidDraftException naming {@code title} or {@code body} when one is empty or too long; nothing is saved
     */
    @Transactional
    public SitePage save(SitePageKind kind, String language, String title, String body, String author) {
        requireLanguage(language);
        List<FieldProblem> problems = new ArrayList<>();
        String t = title == null ? "" : title.strip();
        String b = body == null ? "" : body.strip().replace("\r\n", "\n");
        if (t.isEmpty()) {
            problems.add(FieldProblem.of("title", "required", "is required"));
        } else if (t.length() > MAX_TITLE) {
            problems.add(FieldProblem.of("title", "too_long", "is longer than " + MAX_TITLE + " characters", MAX_TITLE));
        }
        if (b.isEmpty()) {
            problems.add(FieldProblem.of("body", "required", "is required"));
        } else if (b.length() > MAX_BODY) {
            problems.add(FieldProblem.of("body", "too_long", "is longer than " + MAX_BODY + " characters", MAX_BODY));
        }
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        Instant now = Instant.now(clock);
        int updated = jdbc.sql("update site_page set title = ?, body = ?, updated_at = ?, updated_by = ? where slug = ? and language = ?")
                .params(t, b, Timestamp.from(now), author, kind.slug(), language).update();
        if (updated == 0) {
            jdbc.sql("insert into site_page (slug, language, title, body, updated_at, updated_by) values (?, ?, ?, ?, ?, ?)")
                    .params(kind.slug(), language, t, b, Timestamp.from(now), author).update();
        }
        return new SitePage(kind, language, t, b, now, author);
    }

    /** Forgets the administrator's text: the page shows the shipped text again. */
    @Transactional
    public void reset(SitePageKind kind, String language) {
        requireLanguage(language);
        jdbc.sql("delete from site_page where slug = ? and language = ?").params(kind.slug(), language).update();
    }

    private Optional<SitePage> saved(SitePageKind kind, String language) {
        return jdbc.sql("select title, body, updated_at, updated_by from site_page where slug = ? and language = ?")
                .params(kind.slug(), language)
                .query((rs, n) -> new SitePage(kind, language, rs.getString("title"), rs.getString("body"),
                        rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by")))
                .optional();
    }

    /** The text shipped with the app. */
    public static SitePage shipped(SitePageKind kind, String language) {
        String resource = "/site/pages/" + kind.slug() + "." + language + ".txt";
        try (InputStream in = SitePages.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
            int end = text.indexOf('\n');
            if (!text.startsWith("# ") || end < 0) {
                throw new IllegalStateException(resource + " must begin with a line '# Title'");
            }
            return new SitePage(kind, language, text.substring(2, end).strip(), text.substring(end + 1).strip(), null, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void requireLanguage(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("not a language of the site: " + language);
        }
    }
}
