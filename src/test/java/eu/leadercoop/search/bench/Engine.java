package eu.leadercoop.search.bench;

import java.util.List;

/** A way to answer a search: the ids of the first page, with the total and the facet counts computed too. */
interface Engine {

    String name();

    List<Long> search(BenchQuery query) throws Exception;
}
