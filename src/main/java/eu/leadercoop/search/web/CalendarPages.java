package eu.leadercoop.search.web;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.search.CalendarQuery;
import eu.leadercoop.search.EventCalendar;
import eu.leadercoop.search.RegionMap;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** The events calendar across all projects, and the map of partners and events. */
@Controller
class CalendarPages {

    private final EventCalendar calendar;
    private final RegionMap map;
    private final Regions regions;

    CalendarPages(EventCalendar calendar, RegionMap map, Regions regions) {
        this.calendar = calendar;
        this.map = map;
        this.regions = regions;
    }

    @GetMapping("/events")
    String events(@ModelAttribute("params") CalendarParams params, Model model) {
        CalendarQuery query;
        List<FieldProblem> problems = List.of();
        try {
            query = params.toQuery();
        } catch (InvalidDraftException e) {
            problems = e.problems();
            query = new CalendarQuery(CalendarQuery.When.UPCOMING, Set.of(), null, null, null, 0, CalendarParams.DEFAULT_SIZE);
        }
        String lang = LocaleContextHolder.getLocale().getLanguage();
        model.addAttribute("query", query);
        model.addAttribute("problems", problems);
        model.addAttribute("page", calendar.find(query));
        model.addAttribute("types", Arrays.stream(EventType.values()).map(Codes::of).toList());
        model.addAttribute("regions", regions.all().stream()
                .sorted(java.util.Comparator.comparing((Regions.Region r) -> r.country()).thenComparing(r -> r.name(lang))).toList());
        model.addAttribute("feed", feed(query));
        return "search/calendar";
    }

    /** The map draws from {@code /api/map/regions}; the same counts are in a table for screen readers and without JavaScript. */
    @GetMapping("/map")
    String map(Model model) {
        model.addAttribute("regions", map.regions(LocaleContextHolder.getLocale().getLanguage()));
        return "search/map";
    }

    private static String feed(CalendarQuery query) {
        UriComponentsBuilder b = UriComponentsBuilder.fromPath("/events.ics").queryParam("when", query.when().code());
        query.types().forEach(t -> b.queryParam("type", t));
        if (query.region() != null) {
            b.queryParam("region", query.region());
        }
        if (query.organisation() != null) {
            b.queryParam("organisation", query.organisation());
        }
        return b.encode().build().toUriString();
    }
}
