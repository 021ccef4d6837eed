package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.tracking.EventUse;
import eu.leadercoop.tracking.Place;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The regions an event may count in for a distinct-regions commitment (rules in the tracking package
 * documentation): online events in the one place "online"; others in their partner organisers' action
 * areas, else in the area of the partners sitting in the event's own region (or a region its place names).
 */
final class EventPlaces {

    /** The regions an event may be in, or why it has none. */
    record Placement(List<Place> candidates, EventUse unplaced) {

        static Placement none(EventUse why) {
            return new Placement(List.of(), why);
        }
    }

    private final Map<Long, ProjectDetails.Partner> partners = new LinkedHashMap<>();
    private final Set<String> partnerCountries;
    private final Function<String, Optional<String>> regionNamedBy;

    /**
     * @param regionNamedBy the ISO 3166-2 code of the region a place's text names ({@code Harjumaa}), if any
     */
    EventPlaces(List<ProjectDetails.Partner> partners, Function<String, Optional<String>> regionNamedBy) {
        partners.forEach(p -> this.partners.put(p.organisationId(), p));
        this.partnerCountries = partners.stream().map(ProjectDetails.Partner::country).filter(Objects::nonNull).collect(Collectors.toSet());
        this.regionNamedBy = regionNamedBy;
    }

    /** How many places a distinct-regions commitment can use at most: each partner's area, and online. */
    int available(boolean physicalOnly) {
        return partners.size() + (physicalOnly ? 0 : 1);
    }

    Placement of(ProjectDetails.Event event, EventType type) {
        if (!type.isPhysical()) {
            return new Placement(List.of(Place.online()), null);
        }
        if (event.country() != null && !partnerCountries.isEmpty() && !partnerCountries.contains(event.country())) {
            return Placement.none(EventUse.OUTSIDE_PROJECT_REGIONS);
        }
        List<Place> organisers = event.organisers().stream()
                .map(o -> partners.get(o.id())).filter(Objects::nonNull).map(EventPlaces::area).toList();
        if (!organisers.isEmpty()) {
            return new Placement(organisers, null);
        }
        String region = event.region() != null ? event.region()
                : event.place() == null ? null : regionNamedBy.apply(event.place()).orElse(null);
        if (region == null) {
            return Placement.none(EventUse.NO_REGION);
        }
        List<Place> there = partners.values().stream().filter(p -> region.equals(p.region())).map(EventPlaces::area).toList();
        return there.isEmpty() ? Placement.none(EventUse.OUTSIDE_PROJECT_REGIONS) : new Placement(there, null);
    }

    private static Place area(ProjectDetails.Partner p) {
        return Place.areaOf(p.organisationId(), p.name(), p.region());
    }
}
