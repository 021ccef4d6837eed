package eu.leadercoop.search.query;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.model.ProjectStatus;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.search.SearchResults;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.index.ProjectFields;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;
import org.hibernate.search.engine.search.query.dsl.SearchQueryOptionsStep;
import org.springframework.web.util.HtmlUtils;

/**
 * Reads a hit straight from the index (no database round trip): title, period, partners and budget
 * are stored in the document, the status is derived from the period and today's date.
 */
public final class HitReader {

    static final String TITLE_HIGHLIGHTER = "title";
    private static final String MARK = "<mark>";
    private static final String END_MARK = "</mark>";
    /** Stored fields first, highlights (when there are words to highlight) after. */
    private static final int STORED = 8;

    private final boolean highlight;

    public HitReader(boolean highlight) {
        this.highlight = highlight;
    }

    public SearchProjection<Object[]> projection(SearchProjectionFactory<?, ?> f) {
        List<SearchProjection<?>> parts = new ArrayList<>();
        parts.add(f.id(Long.class).toProjection());
        parts.add(f.field(ProjectFields.LANGUAGE, String.class).toProjection());
        parts.add(f.field(ProjectFields.TITLE_OWN, String.class).toProjection());
        parts.add(f.field(ProjectFields.REFERENCE_NUMBER, String.class).toProjection());
        parts.add(f.field(ProjectFields.PERIOD_START, String.class).toProjection());
        parts.add(f.field(ProjectFields.PERIOD_END, String.class).toProjection());
        parts.add(f.field(ProjectFields.PARTNER_ENTRY, String.class).multi().toProjection());
        parts.add(f.field(ProjectFields.BUDGET, String.class).toProjection());
        for (String lang : Analyzers.LANGUAGES) {
            parts.add(f.field(ProjectFields.title(lang), String.class).toProjection());
        }
        if (highlight) {
            for (String lang : Analyzers.LANGUAGES) {
                parts.add(f.highlight(ProjectFields.title(lang)).highlighter(TITLE_HIGHLIGHTER).toProjection());
            }
            for (String lang : Analyzers.LANGUAGES) {
                parts.add(f.highlight(ProjectFields.body(lang)).toProjection());
            }
            parts.add(f.highlight(ProjectFields.PARTNERS).toProjection());
        }
        return f.composite().from(parts.toArray(SearchProjection<?>[]::new)).asArray().toProjection();
    }

    /**
     * The highlighters the projection uses: matches in {@code <mark>}. The text is escaped here, by
     * {@link #safe}, not by the backend: OpenSearch accepts an encoder only for the whole request, not
     * for the title's own highlighter.
     */
    public static void configure(SearchQueryOptionsStep<?, ?, ?, ?, ?, ?> step) {
        // Passages of about 160 characters around the matches, best first.
        step.highlighter(h -> h.plain().tag(MARK, END_MARK).fragmentSize(160).numberOfFragments(2).orderByScore(true));
        // A title whole.
        step.highlighter(TITLE_HIGHLIGHTER, h -> h.plain().tag(MARK, END_MARK).fragmentSize(1000).numberOfFragments(1));
    }

    /** A highlighted fragment as safe HTML: everything escaped but our own {@code <mark>} tags. */
    static String safe(String fragment) {
        return HtmlUtils.htmlEscape(fragment, "UTF-8").replace("&lt;mark&gt;", MARK).replace("&lt;/mark&gt;", END_MARK);
    }

    @SuppressWarnings("unchecked")
    public SearchResults.Hit read(Object[] row, String lang, LocalDate today) {
        String language = (String) row[1];
        int titleIndex = STORED + Analyzers.LANGUAGES.indexOf(lang);
        String title = titleIndex >= STORED && row[titleIndex] != null ? (String) row[titleIndex] : (String) row[2];
        PartialDate start = row[4] == null ? null : PartialDate.fromEdtf((String) row[4]);
        PartialDate end = row[5] == null ? null : PartialDate.fromEdtf((String) row[5]);
        List<ProjectSummary.PartnerRef> partners = ((List<String>) row[6]).stream().map(HitReader::partner).toList();
        ProjectSummary project = new ProjectSummary((Long) row[0], language, title, (String) row[3],
                new ProjectDetails.Period(start, end, null),
                Codes.of(ProjectStatus.of(start, end, today)), partners, money((String) row[7]),
                "published"); // the index holds published projects only
        return new SearchResults.Hit(project, highlight ? highlights(row, lang) : new SearchResults.Highlights(null, List.of(), List.of()));
    }

    @SuppressWarnings("unchecked")
    private static SearchResults.Highlights highlights(Object[] row, String lang) {
        int titles = STORED + Analyzers.LANGUAGES.size();
        int bodies = titles + Analyzers.LANGUAGES.size();
        String title = null;
        int own = Analyzers.LANGUAGES.indexOf(lang);
        if (own >= 0 && !((List<String>) row[titles + own]).isEmpty()) {
            title = safe(((List<String>) row[titles + own]).getFirst());
        }
        for (int i = 0; title == null && i < Analyzers.LANGUAGES.size(); i++) {
            List<String> fragments = (List<String>) row[titles + i];
            title = fragments.isEmpty() ? null : safe(fragments.getFirst());
        }
        List<String> text = new ArrayList<>();
        for (int i = 0; i < Analyzers.LANGUAGES.size(); i++) {
            ((List<String>) row[bodies + i]).stream().map(HitReader::safe).forEach(text::add);
        }
        List<String> partners = ((List<String>) row[bodies + Analyzers.LANGUAGES.size()]).stream().map(HitReader::safe).toList();
        return new SearchResults.Highlights(title, text, partners);
    }

    private static ProjectSummary.PartnerRef partner(String entry) {
        String[] parts = entry.split("\t", 3);
        return new ProjectSummary.PartnerRef(Long.parseLong(parts[0]), parts[2], parts[1]);
    }

    private static Money money(String stored) {
        if (stored == null) {
            return null;
        }
        int space = stored.indexOf(' ');
        return Money.of(stored.substring(0, space), stored.substring(space + 1));
    }
}
