package eu.leadercoop.search.bench;

import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchSort;
import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.index.ProjectFields;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.FieldExistsQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.SortedNumericSortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.search.highlight.Highlighter;
import org.apache.lucene.search.highlight.NullFragmenter;
import org.apache.lucene.search.highlight.QueryScorer;
import org.apache.lucene.search.highlight.SimpleFragmenter;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.highlight.SimpleHTMLFormatter;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * The limit: a bare Lucene {@link IndexSearcher} on the very index LeaderCoop built, doing the same work
 * by hand (same analyzers and field weights through Lucene's SimpleQueryParser, the same filters, the
 * first page with total, the ten facets counted from doc values with the same multi-select rule (keywords
 * by ordinal, years, budget bands and statuses in arrays),
 * stored fields of the page and plain highlighting of its matches), without Hibernate Search.
 */
final class BareLuceneEngine implements Engine, AutoCloseable {

    private static final Map<Facet, String> KEYWORDS = Map.of(Facet.COUNTRY, ProjectFields.COUNTRY, Facet.REGION,
            ProjectFields.REGION, Facet.ORGANISATION, ProjectFields.ORGANISATION, Facet.ROLE, ProjectFields.ROLE,
            Facet.PROGRAMME, ProjectFields.PROGRAMME, Facet.MEASURE, ProjectFields.MEASURE, Facet.EVENT_TYPE,
            ProjectFields.EVENT_TYPE);
    /** What a hit shows (as LeaderCoop projects it) and the texts highlighted. */
    private static final Set<String> STORED_AND_HIGHLIGHTED = Set.of(ProjectFields.LANGUAGE, ProjectFields.TITLE_OWN,
            ProjectFields.REFERENCE_NUMBER, ProjectFields.PERIOD_START, ProjectFields.PERIOD_END, ProjectFields.PARTNER_ENTRY,
            ProjectFields.BUDGET, "title_et", "title_pl", "title_en", "body_et", "body_pl", "body_en", ProjectFields.PARTNERS);

    private static final int FIRST_YEAR = 1900;
    private static final String[] STATUSES = {"planned", "running", "completed"};

    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final long today;

    BareLuceneEngine(Path projectIndex, LocalDate today) throws IOException {
        this.reader = DirectoryReader.open(FSDirectory.open(projectIndex));
        this.searcher = new IndexSearcher(reader);
        Map<String, Analyzer> fields = new HashMap<>();
        Analyzer folded = Analyzers.folded();
        Map<String, Analyzer> languages = Map.of("et", Analyzers.estonian(), "pl", Analyzers.polish(), "en", Analyzers.english());
        for (String lang : Analyzers.LANGUAGES) {
            fields.put(ProjectFields.title(lang), languages.get(lang));
            fields.put(ProjectFields.body(lang), languages.get(lang));
        }
        this.analyzer = new PerFieldAnalyzerWrapper(folded, fields);
        this.today = today.toEpochDay();
    }

    @Override
    public String name() {
        return "bare_lucene";
    }

    @Override
    public List<Long> search(BenchQuery query) throws IOException {
        Query text = text(query);
        Map<Facet, Query> filters = new EnumMap<>(Facet.class);
        query.filters().forEach((facet, values) -> filters.put(facet, filter(facet, values)));
        Set<Facet> unselected = EnumSet.allOf(Facet.class);
        unselected.removeAll(filters.keySet());

        var top = new TopFieldCollectorManager(sort(query.sort()), BenchQuery.PAGE_SIZE, null, Integer.MAX_VALUE);
        var result = searcher.search(combine(text, filters.values()), new MultiCollectorManager(top, new FacetCounting(unselected)));
        TopFieldDocs page = (TopFieldDocs) result[0];
        for (Facet selected : filters.keySet()) {
            List<Query> others = new ArrayList<>();
            filters.forEach((facet, filter) -> {
                if (facet != selected) {
                    others.add(filter);
                }
            });
            searcher.search(combine(text, others), new FacetCounting(EnumSet.of(selected)));
        }
        List<Long> ids = new ArrayList<>();
        Map<String, QueryScorer> scorers = new HashMap<>();
        for (ScoreDoc hit : page.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc, STORED_AND_HIGHLIGHTED);
            ids.add(id(hit.doc));
            if (!query.text().isEmpty()) {
                highlight(doc, text, scorers);
            }
        }
        return ids;
    }

    /** The entity id, from the doc values where Hibernate Search keeps it. */
    private long id(int doc) throws IOException {
        LeafReaderContext leaf = reader.leaves().get(org.apache.lucene.index.ReaderUtil.subIndex(doc, reader.leaves()));
        org.apache.lucene.index.BinaryDocValues ids = DocValues.getBinary(leaf.reader(), "__HSEARCH_id_docvalue");
        if (!ids.advanceExact(doc - leaf.docBase)) {
            throw new IllegalStateException("no id for document " + doc);
        }
        return Long.parseLong(ids.binaryValue().utf8ToString());
    }

    private Query text(BenchQuery query) {
        if (query.text().isEmpty()) {
            return new MatchAllDocsQuery();
        }
        Map<String, Float> weights = new LinkedHashMap<>();
        for (String lang : Analyzers.LANGUAGES) {
            float own = lang.equals(query.lang()) ? 1.5f : 1f;
            weights.put(ProjectFields.title(lang), 3f * own);
            weights.put(ProjectFields.body(lang), own);
        }
        weights.put(ProjectFields.PARTNERS, 2f);
        weights.put(ProjectFields.TEXT_FOLDED, 0.5f);
        SimpleQueryParser parser = new SimpleQueryParser(analyzer, weights);
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        return parser.parse(query.text());
    }

    private Query filter(Facet facet, List<String> values) {
        if (KEYWORDS.containsKey(facet)) {
            return new TermInSetQuery(KEYWORDS.get(facet), values.stream().map(BytesRef::new).toList());
        }
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (String v : values) {
            any.add(switch (facet) {
                case YEAR -> IntPoint.newExactQuery(ProjectFields.YEAR, Integer.parseInt(v));
                case BUDGET -> {
                    BudgetBand band = BudgetBand.of(v).orElseThrow();
                    yield DoublePoint.newRangeQuery(ProjectFields.BUDGET_EUR,
                            band.from() == null ? Double.NEGATIVE_INFINITY : band.from(),
                            band.to() == null ? Double.POSITIVE_INFINITY : Math.nextDown(band.to()));
                }
                case STATUS -> switch (v) {
                    case "planned" -> LongPoint.newRangeQuery(ProjectFields.FIRST_DAY, today + 1, Long.MAX_VALUE);
                    case "completed" -> LongPoint.newRangeQuery(ProjectFields.LAST_DAY, Long.MIN_VALUE, today - 1);
                    case "running" -> new BooleanQuery.Builder()
                            .add(LongPoint.newRangeQuery(ProjectFields.FIRST_DAY, Long.MIN_VALUE, today), BooleanClause.Occur.FILTER)
                            .add(LongPoint.newRangeQuery(ProjectFields.LAST_DAY, today, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
                            .build();
                    default -> new BooleanQuery.Builder().add(new MatchAllDocsQuery(), BooleanClause.Occur.FILTER)
                            .add(new FieldExistsQuery(ProjectFields.FIRST_DAY), BooleanClause.Occur.MUST_NOT).build();
                };
                default -> throw new IllegalArgumentException(facet.toString());
            }, BooleanClause.Occur.SHOULD);
        }
        return any.build();
    }

    private static Query combine(Query text, java.util.Collection<Query> filters) {
        if (filters.isEmpty()) {
            return text;
        }
        BooleanQuery.Builder b = new BooleanQuery.Builder().add(text, BooleanClause.Occur.MUST);
        filters.forEach(f -> b.add(f, BooleanClause.Occur.FILTER));
        return b.build();
    }

    private static Sort sort(SearchSort order) {
        SortField start = new SortedNumericSortField(ProjectFields.START_DAY, SortField.Type.LONG, true);
        start.setMissingValue(Long.MIN_VALUE);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, start);
            case START_DATE_DESC -> new Sort(start, SortField.FIELD_SCORE);
            case START_DATE_ASC -> {
                SortField asc = new SortedNumericSortField(ProjectFields.START_DAY, SortField.Type.LONG, false);
                asc.setMissingValue(Long.MAX_VALUE);
                yield new Sort(asc, SortField.FIELD_SCORE);
            }
            case BUDGET_DESC, BUDGET_ASC -> {
                boolean desc = order == SearchSort.BUDGET_DESC;
                SortField budget = new SortedNumericSortField(ProjectFields.BUDGET_EUR, SortField.Type.DOUBLE, desc);
                budget.setMissingValue(desc ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY);
                yield new Sort(budget, SortField.FIELD_SCORE);
            }
        };
    }

    private void highlight(Document doc, Query text, Map<String, QueryScorer> scorers) throws IOException {
        List<String> fragments = new ArrayList<>();
        for (var field : doc.getFields()) {
            String name = field.name();
            boolean title = name.startsWith("title_") && !name.equals(ProjectFields.TITLE_OWN);
            if (!title && !name.startsWith("body_") && !name.equals(ProjectFields.PARTNERS)) {
                continue;
            }
            QueryScorer scorer = scorers.computeIfAbsent(name, f -> new QueryScorer(text, f));
            Highlighter h = new Highlighter(new SimpleHTMLFormatter("<mark>", "</mark>"), new SimpleHTMLEncoder(), scorer);
            h.setTextFragmenter(title ? new NullFragmenter() : new SimpleFragmenter(160));
            try {
                for (String f : h.getBestFragments(analyzer, name, field.stringValue(), title ? 1 : 2)) {
                    fragments.add(f);
                }
            } catch (org.apache.lucene.search.highlight.InvalidTokenOffsetsException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** Counts facet values from doc values of the matching documents, as a terms or range aggregation does. */
    private final class FacetCounting implements CollectorManager<FacetCounting.Counter, Map<Facet, Map<String, Long>>> {

        private final Set<Facet> facets;

        FacetCounting(Set<Facet> facets) {
            this.facets = facets;
        }

        @Override
        public Counter newCollector() {
            return new Counter();
        }

        @Override
        public Map<Facet, Map<String, Long>> reduce(java.util.Collection<Counter> counters) {
            Map<Facet, Map<String, Long>> all = new EnumMap<>(Facet.class);
            for (Counter c : counters) {
                try {
                    c.flush();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            counters.forEach(c -> c.counts.forEach((f, m) -> m.forEach((k, v) -> all.computeIfAbsent(f, x -> new HashMap<>()).merge(k, v, Long::sum))));
            return all;
        }

        final class Counter extends SimpleCollector {
            final Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            private final Map<Facet, SortedSetDocValues> keywords = new EnumMap<>(Facet.class);
            private final Map<Facet, long[]> ordinals = new EnumMap<>(Facet.class);
            private SortedSetDocValues[] keywordValues = new SortedSetDocValues[0];
            private long[][] keywordCounts = new long[0][];
            private final boolean countYears = facets.contains(Facet.YEAR);
            private final boolean countBudgets = facets.contains(Facet.BUDGET);
            private final boolean countStatuses = facets.contains(Facet.STATUS);
            private final long[] yearCounts = new long[300];
            private final long[] bandCounts = new long[BudgetBand.values().length];
            private final long[] statusCounts = new long[STATUSES.length];
            private SortedNumericDocValues years;
            private SortedNumericDocValues budgets;
            private SortedNumericDocValues firstDays;
            private SortedNumericDocValues lastDays;

            @Override
            protected void doSetNextReader(LeafReaderContext context) throws IOException {
                flush();
                for (Facet f : facets) {
                    if (KEYWORDS.containsKey(f)) {
                        SortedSetDocValues dv = DocValues.getSortedSet(context.reader(), KEYWORDS.get(f));
                        keywords.put(f, dv);
                        ordinals.put(f, new long[(int) dv.getValueCount()]);
                    }
                }
                keywordValues = keywords.values().toArray(SortedSetDocValues[]::new);
                keywordCounts = ordinals.values().toArray(long[][]::new);
                years = DocValues.getSortedNumeric(context.reader(), ProjectFields.YEAR);
                budgets = DocValues.getSortedNumeric(context.reader(), ProjectFields.BUDGET_EUR);
                firstDays = DocValues.getSortedNumeric(context.reader(), ProjectFields.FIRST_DAY);
                lastDays = DocValues.getSortedNumeric(context.reader(), ProjectFields.LAST_DAY);
            }

            @Override
            public void collect(int doc) throws IOException {
                for (int k = 0; k < keywordValues.length; k++) {
                    SortedSetDocValues dv = keywordValues[k];
                    if (dv.advanceExact(doc)) {
                        long[] counts = keywordCounts[k];
                        for (int i = 0, n = dv.docValueCount(); i < n; i++) {
                            counts[(int) dv.nextOrd()]++;
                        }
                    }
                }
                if (countYears && years.advanceExact(doc)) {
                    for (int i = 0, n = years.docValueCount(); i < n; i++) {
                        yearCounts[(int) years.nextValue() - FIRST_YEAR]++;
                    }
                }
                if (countBudgets && budgets.advanceExact(doc)) {
                    int band = band(NumericUtils.sortableLongToDouble(budgets.nextValue()));
                    if (band >= 0) {
                        bandCounts[band]++;
                    }
                }
                if (countStatuses && firstDays.advanceExact(doc) && lastDays.advanceExact(doc)) {
                    long first = firstDays.nextValue();
                    long last = lastDays.nextValue();
                    statusCounts[first > today ? 0 : last < today ? 2 : 1]++;
                }
            }

            private void add(Facet facet, String value, long n) {
                if (n > 0) {
                    counts.computeIfAbsent(facet, f -> new HashMap<>()).merge(value, n, Long::sum);
                }
            }

            /** Turns the last segment's ordinal counts into terms, and the years, bands and statuses counted so far into values. */
            void flush() throws IOException {
                for (int y = 0; y < yearCounts.length; y++) {
                    add(Facet.YEAR, String.valueOf(FIRST_YEAR + y), yearCounts[y]);
                }
                for (int b = 0; b < bandCounts.length; b++) {
                    add(Facet.BUDGET, BudgetBand.values()[b].code(), bandCounts[b]);
                }
                for (int st = 0; st < statusCounts.length; st++) {
                    add(Facet.STATUS, STATUSES[st], statusCounts[st]);
                }
                java.util.Arrays.fill(yearCounts, 0);
                java.util.Arrays.fill(bandCounts, 0);
                java.util.Arrays.fill(statusCounts, 0);
                for (var e : keywords.entrySet()) {
                    long[] ords = ordinals.get(e.getKey());
                    for (int ord = 0; ord < ords.length; ord++) {
                        if (ords[ord] > 0) {
                            counts.computeIfAbsent(e.getKey(), f -> new HashMap<>())
                                    .merge(e.getValue().lookupOrd(ord).utf8ToString(), ords[ord], Long::sum);
                        }
                    }
                }
                keywords.clear();
                ordinals.clear();
                keywordValues = new SortedSetDocValues[0];
                keywordCounts = new long[0][];
            }

            @Override
            public void finish() throws IOException {
                flush();
            }

            @Override
            public ScoreMode scoreMode() {
                return ScoreMode.COMPLETE_NO_SCORES;
            }

            @Override
            public void setScorer(Scorable scorer) {
            }
        }
    }

    private static int band(double eur) {
        BudgetBand[] bands = BudgetBand.values();
        for (int b = 0; b < bands.length; b++) {
            if (bands[b].contains(eur)) {
                return b;
            }
        }
        return -1;
    }
}
