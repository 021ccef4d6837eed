/**
 * Finding projects: full-text search in Estonian, Polish and English with facets, organisation
 * typeahead, the cooperation network of an organisation, the map of partners and events, and the
 * events calendar with its iCalendar feeds. Built on Hibernate Search over the registry's model:
 * an embedded Lucene index under the data directory by default, an Elasticsearch or OpenSearch
 * cluster by configuration.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package eu.leadercoop.search;
