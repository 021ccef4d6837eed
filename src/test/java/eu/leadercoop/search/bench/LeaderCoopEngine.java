package eu.leadercoop.search.bench;

import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.SearchResults;
import java.util.List;

/** LeaderCoop's own search, in-process: what {@code GET /api/search} does, minus HTTP and JSON. */
record LeaderCoopEngine(ProjectSearch search) implements Engine {

    @Override
    public String name() {
        return "leadercoop";
    }

    @Override
    public List<Long> search(BenchQuery query) {
        SearchResults results = search.search(query.toSearchQuery());
        return results.hits().stream().map(h -> h.project().id()).toList();
    }
}
