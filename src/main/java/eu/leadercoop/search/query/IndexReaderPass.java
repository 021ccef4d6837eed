package eu.leadercoop.search.query;

import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.Facet;
import eu.leadercoop.search.SearchQuery;
import eu.leadercoop.search.index.ProjectFields;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.hibernate.search.backend.lucene.LuceneExtension;
import org.hibernate.search.mapper.orm.scope.SearchScope;

/**
 * The part of a search on the embedded index that visits every matching project, done with Lucene on
 * the index Hibernate Search keeps: one pass collects the page's project ids in order, the total and
 * the counts of the facets without a selection; each facet with a selection is counted by one more
 * pass without its own filter. Hibernate Search then reads what the page shows (stored fields,
 * highlights) for those ids alone. The same search on a cluster goes through {@link ProjectFacetCounts}.
 */
public final class IndexReaderPass {

    /** The page's project ids, best first; how many projects match; every facet's counts in {@link Facet} order. */
    public record Result(List<Long> ids, long total, Map<Facet, Map<String, Long>> counts) {
    }

    private IndexReaderPass() {
    }

    /**
     * Searches the project index of {@code scope}; {@code analyzer} is that index's search analyzer, {@code words}
     * the query's words with the concepts they name.
     */
    public static Result run(SearchScope<Project> scope, Analyzer analyzer, SearchQuery query, ExpandedWords words, LocalDate today) {
        LuceneProjectQuery lucene = new LuceneProjectQuery(query, analyzer, today, words);
        Set<Facet> unselected = EnumSet.allOf(Facet.class);
        unselected.removeAll(query.filters().keySet());
        int offset = Math.multiplyExact(query.page(), query.size());
        try (IndexReader reader = scope.extension(LuceneExtension.get()).openIndexReader()) {
            IndexSearcher searcher = new IndexSearcher(reader);
            var top = new TopFieldCollectorManager(lucene.sort(), Math.max(1, Math.addExact(offset, query.size())), null,
                    Integer.MAX_VALUE);
            Object[] found = searcher.search(lucene.all(), new MultiCollectorManager(top,
                    new FacetCounter(unselected, Map.of(), today)));
            TopFieldDocs page = (TopFieldDocs) found[0];
            @SuppressWarnings("unchecked")
            Map<Facet, Map<String, Long>> onResult = (Map<Facet, Map<String, Long>>) found[1];
            Map<Facet, Map<String, Long>> counts = new EnumMap<>(Facet.class);
            for (Facet facet : Facet.values()) {
                counts.put(facet, unselected.contains(facet) ? onResult.get(facet)
                        : searcher.search(lucene.allExcept(facet), new FacetCounter(EnumSet.of(facet), query.filters(), today)).get(facet));
            }
            return new Result(ids(reader, page.scoreDocs, offset), page.totalHits.value, counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the project index", e);
        }
    }

    private static List<Long> ids(IndexReader reader, ScoreDoc[] hits, int offset) throws IOException {
        List<Long> ids = new ArrayList<>();
        for (int i = offset; i < hits.length; i++) {
            LeafReaderContext leaf = reader.leaves().get(ReaderUtil.subIndex(hits[i].doc, reader.leaves()));
            SortedNumericDocValues values = DocValues.getSortedNumeric(leaf.reader(), ProjectFields.ID);
            if (!values.advanceExact(hits[i].doc - leaf.docBase)) {
                throw new IllegalStateException("project document without its id: " + hits[i].doc);
            }
            ids.add(values.nextValue());
        }
        return ids;
    }
}
