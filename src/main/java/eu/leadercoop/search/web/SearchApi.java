package eu.leadercoop.search.web;

import eu.leadercoop.search.CalendarQuery;
import eu.leadercoop.search.CooperationNetwork;
import eu.leadercoop.search.EventCalendar;
import eu.leadercoop.search.OrganisationSuggestion;
import eu.leadercoop.search.ProjectSearch;
import eu.leadercoop.search.RegionMap;
import eu.leadercoop.search.SearchResults;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/** Search, typeahead, the cooperation graph, the map's counts and the calendar as JSON. */
@RestController
@Tag(name = "Search", description = "Finding projects, organisations and events")
class SearchApi {

    static final int MAX_SUGGESTIONS = 50;

    private final ProjectSearch search;
    private final CooperationNetwork network;
    private final RegionMap map;
    private final EventCalendar calendar;

    SearchApi(ProjectSearch search, CooperationNetwork network, RegionMap map, EventCalendar calendar) {
        this.search = search;
        this.network = network;
        this.map = map;
        this.calendar = calendar;
    }

    @GetMapping("/api/search")
    @Operation(summary = "Search published projects",
            description = "Full text over titles, summaries, goals, results, activities, events, media and partner names "
                    + "(with every alias), Estonian and Polish inflections and missing diacritics included; facet counts "
                    + "for the whole result, each facet counted without its own selection; highlights as escaped HTML "
                    + "with <mark> around matches.")
    SearchResults search(@ParameterObject SearchParams params) {
        return search.search(params.toQuery("en"));
    }

    @GetMapping("/api/organisations/suggest")
    @Operation(summary = "Organisations whose name or alias starts with the words typed",
            description = "For typeahead: each word typed must begin a word of the canonical name or of one alias, "
                    + "in any case and with or without diacritics; matched_alias names the alias that matched.")
    List<OrganisationSuggestion> suggest(@Parameter(description = "What was typed so far") @RequestParam String q,
            @Parameter(description = "At most this many, 1 to 50") @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_SUGGESTIONS) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "limit must be between 1 and " + MAX_SUGGESTIONS);
        }
        return search.suggestOrganisations(q, limit);
    }

    @GetMapping("/api/organisations/{id}/network")
    @Operation(summary = "An organisation's cooperation network",
            description = "Nodes: the organisation (centre) and its partners in published projects (the "
                    + CooperationNetwork.MAX_PARTNERS + " strongest ties); links weighted by shared projects.")
    CooperationNetwork.Graph network(@PathVariable long id) {
        return network.of(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "no organisation " + id));
    }

    @GetMapping("/api/map/regions")
    @Operation(summary = "Partner organisations and events per region, with each region's centre")
    List<RegionMap.RegionCount> regions(@Parameter(description = "Language of the region names: et, pl or en")
            @RequestParam(defaultValue = "en") String lang) {
        return map.regions(lang);
    }

    @GetMapping("/api/events")
    @Operation(summary = "Events of published projects",
            description = "upcoming: not over yet, soonest first; past: latest first; all: every dated event.")
    EventCalendar.Page events(@ParameterObject CalendarParams params) {
        CalendarQuery query = params.toQuery();
        return calendar.find(query);
    }
}
