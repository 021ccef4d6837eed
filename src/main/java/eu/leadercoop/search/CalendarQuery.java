package eu.leadercoop.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * Which events to list: upcoming (not yet over, soonest first), past (latest first) or all dated
 * ones; optionally only some types, one region, one organisation's (organiser or partner of the
 * project), or those of some projects.
 */
public record CalendarQuery(When when, Set<String> types, String region, Long organisation, Collection<Long> projects,
        int page, int size) {

    public enum When {
        UPCOMING,
        PAST,
        ALL;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public CalendarQuery {
        types = types == null ? Set.of() : Set.copyOf(types);
        projects = projects == null ? null : List.copyOf(projects);
    }

    /** Every dated event of these projects, for a feed. */
    public static CalendarQuery ofProjects(Collection<Long> projects, int max) {
        return new CalendarQuery(When.ALL, Set.of(), null, null, projects, 0, max);
    }

    /** Every dated event an organisation organises or whose project it is a partner of, for a feed. */
    public static CalendarQuery ofOrganisation(long organisation, int max) {
        return new CalendarQuery(When.ALL, Set.of(), null, organisation, null, 0, max);
    }
}
