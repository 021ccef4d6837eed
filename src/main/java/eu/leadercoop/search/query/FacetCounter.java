package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.ProjectStatus;
import eu.leadercoop.search.BudgetBand;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.index.ProjectFields;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.NumericUtils;

/**
 * Counts facet values of the documents a query matches, straight from doc values: per segment an
 * array indexed by the value's ordinal (keywords) or by the value itself (years), the budget band
 * and the status by comparison, turned into terms once at the end of each segment. Hibernate
 * Search's terms aggregation keeps a hash map entry per value and a sub-collector per bucket; on a
 * common word matching most of a million projects, counting ten facets that way took most of a
 * search. The counts are read as {@link FacetAggregations} reads them: the same values, order and
 * limits.
 */
final class FacetCounter implements CollectorManager<FacetCounter.Counter, Map<Facet, Map<String, Long>>> {

    private static final int FIRST_YEAR = 1900;
    private static final int YEARS = 300;
    private static final BudgetBand[] BANDS = BudgetBand.values();

    private final Set<Facet> facets;
    private final Map<Facet, Set<String>> selected;
    private final long today;

    /**
     * Counts {@code facets}; a {@code selected} value of one of them is listed even when it is not among the
     * most frequent, so that what the reader chose still shows with its count.
     */
    FacetCounter(Set<Facet> facets, Map<Facet, Set<String>> selected, LocalDate today) {
        this.facets = facets;
        this.selected = selected;
        this.today = today.toEpochDay();
    }

    @Override
    public Counter newCollector() {
        return new Counter();
    }

    @Override
    public Map<Facet, Map<String, Long>> reduce(Collection<Counter> counters) {
        Map<Facet, Map<BytesRef, Long>> keywords = new EnumMap<>(Facet.class);
        long[] years = new long[YEARS];
        Map<Long, Long> otherYears = new HashMap<>();
        long[] bands = new long[BANDS.length];
        long[] statuses = new long[3];
        long matched = 0;
        for (Counter c : counters) {
            c.keywords.forEach((facet, counts) -> counts.forEach((term, n) -> keywords
                    .computeIfAbsent(facet, f -> new HashMap<>()).merge(term, n, Long::sum)));
            for (int i = 0; i < YEARS; i++) {
                years[i] += c.years[i];
            }
            c.otherYears.forEach((year, n) -> otherYears.merge(year, n, Long::sum));
            for (int i = 0; i < bands.length; i++) {
                bands[i] += c.bands[i];
            }
            for (int i = 0; i < statuses.length; i++) {
                statuses[i] += c.statuses[i];
            }
            matched += c.matched;
        }
        Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
        for (Facet facet : facets) {
            counts.put(facet, switch (facet) {
                case YEAR -> yearCounts(years, otherYears);
                case BUDGET -> bandCounts(bands);
                case STATUS -> statusCounts(statuses, matched);
                default -> mostFrequent(keywords.getOrDefault(facet, Map.of()), ProjectFacets.maxValues(facet),
                        selected.getOrDefault(facet, Set.of()));
            });
        }
        return counts;
    }

    /** The most frequent values, ties in term order, as Hibernate Search's terms aggregation lists them. */
    private static Map<String, Long> mostFrequent(Map<BytesRef, Long> counts, int max, Set<String> selected) {
        List<Map.Entry<BytesRef, Long>> entries = new ArrayList<>(counts.entrySet());
        entries.sort(Map.Entry.<BytesRef, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> top = new LinkedHashMap<>();
        entries.stream().limit(max).forEach(e -> top.put(e.getKey().utf8ToString(), e.getValue()));
        for (String value : selected) {
            top.computeIfAbsent(value, v -> counts.getOrDefault(new BytesRef(v), 0L));
        }
        return top;
    }

    /** The most frequent years, latest first. */
    private static Map<String, Long> yearCounts(long[] years, Map<Long, Long> otherYears) {
        Map<Long, Long> all = new HashMap<>(otherYears);
        for (int i = 0; i < YEARS; i++) {
            if (years[i] > 0) {
                all.put((long) (FIRST_YEAR + i), years[i]);
            }
        }
        List<Map.Entry<Long, Long>> entries = new ArrayList<>(all.entrySet());
        entries.sort(Map.Entry.<Long, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        List<Map.Entry<Long, Long>> top = new ArrayList<>(entries.subList(0, Math.min(entries.size(), ProjectFacets.maxValues(Facet.YEAR))));
        top.sort(Map.Entry.<Long, Long>comparingByKey().reversed());
        Map<String, Long> counts = new LinkedHashMap<>();
        top.forEach(e -> counts.put(String.valueOf(e.getKey()), e.getValue()));
        return counts;
    }

    private static Map<String, Long> bandCounts(long[] bands) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (int i = 0; i < BANDS.length; i++) {
            counts.put(BANDS[i].code(), bands[i]);
        }
        return counts;
    }

    private static Map<String, Long> statusCounts(long[] statuses, long matched) {
        Map<String, Long> counts = new LinkedHashMap<>();
        counts.put(Codes.of(ProjectStatus.PLANNED), statuses[0]);
        counts.put(Codes.of(ProjectStatus.RUNNING), statuses[1]);
        counts.put(Codes.of(ProjectStatus.COMPLETED), statuses[2]);
        counts.put(Codes.of(ProjectStatus.UNKNOWN), matched - statuses[0] - statuses[1] - statuses[2]);
        return counts;
    }

    /** Counts of one thread's segments. */
    final class Counter extends SimpleCollector {

        private final Map<Facet, Map<BytesRef, Long>> keywords = new EnumMap<>(Facet.class);
        private final long[] years = new long[YEARS];
        private final Map<Long, Long> otherYears = new HashMap<>();
        private final long[] bands = new long[BANDS.length];
        /** planned, running, completed; the rest of the matched documents are undated. */
        private final long[] statuses = new long[3];
        private long matched;

        private final List<Facet> keywordFacets = new ArrayList<>();
        private SortedSetDocValues[] keywordValues = new SortedSetDocValues[0];
        private int[][] ordinalCounts = new int[0][];
        private SortedNumericDocValues yearValues;
        private SortedNumericDocValues budgetValues;
        private SortedNumericDocValues firstDays;
        private SortedNumericDocValues lastDays;

        Counter() {
            for (Facet facet : facets) {
                if (facet != Facet.YEAR && facet != Facet.BUDGET && facet != Facet.STATUS) {
                    keywordFacets.add(facet);
                }
            }
        }

        @Override
        protected void doSetNextReader(LeafReaderContext context) throws IOException {
            keywordValues = new SortedSetDocValues[keywordFacets.size()];
            ordinalCounts = new int[keywordFacets.size()][];
            for (int i = 0; i < keywordFacets.size(); i++) {
                keywordValues[i] = DocValues.getSortedSet(context.reader(), ProjectFacets.field(keywordFacets.get(i)));
                ordinalCounts[i] = new int[Math.toIntExact(keywordValues[i].getValueCount())];
            }
            yearValues = facets.contains(Facet.YEAR) ? DocValues.getSortedNumeric(context.reader(), ProjectFields.YEAR) : null;
            budgetValues = facets.contains(Facet.BUDGET) ? DocValues.getSortedNumeric(context.reader(), ProjectFields.BUDGET_EUR) : null;
            boolean status = facets.contains(Facet.STATUS);
            firstDays = status ? DocValues.getSortedNumeric(context.reader(), ProjectFields.FIRST_DAY) : null;
            lastDays = status ? DocValues.getSortedNumeric(context.reader(), ProjectFields.LAST_DAY) : null;
        }

        @Override
        public void collect(int doc) throws IOException {
            matched++;
            for (int i = 0; i < keywordValues.length; i++) {
                SortedSetDocValues values = keywordValues[i];
                if (values.advanceExact(doc)) {
                    int[] counts = ordinalCounts[i];
                    for (int v = 0, n = values.docValueCount(); v < n; v++) {
                        counts[(int) values.nextOrd()]++;
                    }
                }
            }
            if (yearValues != null && yearValues.advanceExact(doc)) {
                for (int v = 0, n = yearValues.docValueCount(); v < n; v++) {
                    long year = yearValues.nextValue();
                    if (year >= FIRST_YEAR && year < FIRST_YEAR + YEARS) {
                        years[(int) (year - FIRST_YEAR)]++;
                    } else {
                        otherYears.merge(year, 1L, Long::sum);
                    }
                }
            }
            if (budgetValues != null && budgetValues.advanceExact(doc)) {
                int band = band(NumericUtils.sortableLongToDouble(budgetValues.nextValue()));
                if (band >= 0) {
                    bands[band]++;
                }
            }
            if (firstDays != null && firstDays.advanceExact(doc)) {
                long first = firstDays.nextValue();
                if (first > today) {
                    statuses[0]++;
                } else if (lastDays.advanceExact(doc) && lastDays.nextValue() < today) {
                    statuses[2]++;
                } else {
                    statuses[1]++;
                }
            }
        }

        private static int band(double eur) {
            for (int b = 0; b < BANDS.length; b++) {
                if (BANDS[b].contains(eur)) {
                    return b;
                }
            }
            return -1;
        }

        @Override
        public void finish() throws IOException {
            for (int i = 0; i < keywordValues.length; i++) {
                int[] counts = ordinalCounts[i];
                Map<BytesRef, Long> terms = keywords.computeIfAbsent(keywordFacets.get(i), f -> new HashMap<>());
                for (int ord = 0; ord < counts.length; ord++) {
                    if (counts[ord] > 0) {
                        terms.merge(BytesRef.deepCopyOf(keywordValues[i].lookupOrd(ord)), (long) counts[ord], Long::sum);
                    }
                }
            }
            keywordValues = new SortedSetDocValues[0];
            ordinalCounts = new int[0][];
        }

        @Override
        public ScoreMode scoreMode() {
            return ScoreMode.COMPLETE_NO_SCORES;
        }
    }
}
