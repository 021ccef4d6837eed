package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Commitment;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentStatus.EventMatch;
import eu.leadercoop.tracking.DeadlineSource;
import eu.leadercoop.tracking.EventUse;
import eu.leadercoop.tracking.Phrase;
import eu.leadercoop.tracking.Place;
import eu.leadercoop.tracking.Status;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Computes every commitment's status from a project's recorded events (rules in the tracking package
 * documentation). Pure: the same project and day always give the same statuses.
 */
public final class CommitmentRules {

    private final StatusRule rule;
    private final Function<String, Optional<String>> regionNamedBy;

    /** @param regionNamedBy the ISO 3166-2 code of the region a place's text names, if any */
    public CommitmentRules(StatusRule rule, Function<String, Optional<String>> regionNamedBy) {
        this.rule = rule;
        this.regionNamedBy = regionNamedBy;
    }

    public List<CommitmentStatus> statuses(ProjectDetails project, LocalDate asOf) {
        EventPlaces places = new EventPlaces(project.partners(), regionNamedBy);
        List<CommitmentStatus> statuses = new ArrayList<>();
        for (ProjectDetails.Activity activity : project.activities()) {
            for (ProjectDetails.Commitment commitment : activity.commitments()) {
                statuses.add(status(project, activity, commitment, asOf, places));
            }
        }
        return statuses;
    }

    private CommitmentStatus status(ProjectDetails project, ProjectDetails.Activity activity, ProjectDetails.Commitment c,
            LocalDate asOf, EventPlaces places) {
        Set<EventType> wanted = EnumSet.noneOf(EventType.class);
        c.eventTypes().forEach(code -> wanted.add(type(code)));
        LocalDate deadline = c.deadline() != null ? c.deadline().latest()
                : project.period().end() != null ? project.period().end().latest() : null;
        DeadlineSource source = c.deadline() != null ? DeadlineSource.COMMITMENT
                : deadline != null ? DeadlineSource.PROJECT_END : DeadlineSource.NONE;

        Map<Long, EventUse> uses = new HashMap<>();
        Map<Long, Place> regionOf = new HashMap<>();
        List<ProjectDetails.Event> countable = new ArrayList<>();
        for (ProjectDetails.Event e : project.events()) {
            EventType type = type(e.type());
            boolean accepted = Commitment.accepts(wanted, c.physicalOnly(), type);
            if (!Objects.equals(e.activityId(), activity.id())) {
                if (accepted && (e.activityId() == null || organisedBy(e, activity.organisationId()))) {
                    uses.put(e.id(), EventUse.NOT_LINKED);
                }
            } else if (!accepted) {
                uses.put(e.id(), EventUse.TYPE_NOT_ACCEPTED);
            } else if (e.start() == null) {
                uses.put(e.id(), EventUse.UNDATED);
            } else if (deadline != null && e.start().earliest().isAfter(deadline)) {
                uses.put(e.id(), EventUse.AFTER_DEADLINE);
            } else {
                countable.add(e);
            }
        }
        // held ones first, so that the regions go to what has happened before what is only planned
        List<ProjectDetails.Event> order = new ArrayList<>(countable.stream().filter(e -> held(e, asOf)).toList());
        order.addAll(countable.stream().filter(e -> !held(e, asOf)).toList());
        if (c.distinctRegions()) {
            assignRegions(order, places, uses, regionOf);
        }
        for (ProjectDetails.Event e : order) {
            if (!uses.containsKey(e.id())) {
                uses.put(e.id(), held(e, asOf) ? EventUse.HELD : EventUse.PLANNED);
            }
        }

        List<EventMatch> events = project.events().stream().filter(e -> uses.containsKey(e.id()))
                .map(e -> new EventMatch(e.id(), e.title(), e.type(), e.start(), e.end(), uses.get(e.id()), regionOf.get(e.id())))
                .toList();
        int held = (int) events.stream().filter(m -> m.use() == EventUse.HELD).count();
        int planned = (int) events.stream().filter(m -> m.use() == EventUse.PLANNED).count();
        Status status = rule.decide(c.minCount(), held, planned, deadline, asOf);
        Long daysLeft = deadline == null ? null : ChronoUnit.DAYS.between(asOf, deadline);
        List<Place> regionsUsed = events.stream().filter(m -> m.use() == EventUse.HELD && m.place() != null).map(EventMatch::place).toList();

        CommitmentStatus counted = new CommitmentStatus(c.id(), activity.id(), activity.label(), activity.scope(),
                activity.organisationId(), activity.partner(), c.asWritten(), c.minCount(), c.eventTypes(),
                c.distinctRegions(), c.physicalOnly(), status, held, planned, Math.max(0, c.minCount() - held),
                deadline, source, daysLeft, regionsUsed, events, List.of(), List.of());
        return counted.explained(ReasonWriter.reason(counted, rule), problems(project, c, places));
    }

    private static void assignRegions(List<ProjectDetails.Event> order, EventPlaces places, Map<Long, EventUse> uses,
            Map<Long, Place> counted) {
        List<ProjectDetails.Event> placed = new ArrayList<>();
        List<List<String>> candidates = new ArrayList<>();
        Map<String, Place> byKey = new HashMap<>();
        for (ProjectDetails.Event e : order) {
            EventPlaces.Placement placement = places.of(e, type(e.type()));
            if (placement.candidates().isEmpty()) {
                uses.put(e.id(), placement.unplaced());
            } else {
                placed.add(e);
                candidates.add(placement.candidates().stream().map(Place::key).toList());
                placement.candidates().forEach(p -> byKey.put(p.key(), p));
            }
        }
        List<String> assigned = RegionAssignment.assign(candidates);
        for (int i = 0; i < placed.size(); i++) {
            if (assigned.get(i) == null) {
                uses.put(placed.get(i).id(), EventUse.SAME_REGION);
            } else {
                counted.put(placed.get(i).id(), byKey.get(assigned.get(i)));
            }
        }
    }

    /** Numbers no events can meet: more distinct regions than exist, a deadline before the project starts. */
    private static List<Phrase> problems(ProjectDetails project, ProjectDetails.Commitment c, EventPlaces places) {
        List<Phrase> problems = new ArrayList<>();
        int available = places.available(c.physicalOnly());
        if (c.distinctRegions() && c.minCount() > available) {
            problems.add(Phrase.of("more_regions_than_places", c.minCount(), available));
        }
        PartialDate start = project.period().start();
        if (c.deadline() != null && start != null && c.deadline().latest().isBefore(start.earliest())) {
            problems.add(Phrase.of("deadline_before_start", c.deadline().latest(), start.earliest()));
        }
        return problems;
    }

    /** Held once its last possible day has come. */
    static boolean held(ProjectDetails.Event e, LocalDate asOf) {
        PartialDate last = e.end() != null ? e.end() : e.start();
        return !last.latest().isAfter(asOf);
    }

    private static boolean organisedBy(ProjectDetails.Event e, Long organisationId) {
        return organisationId != null && e.organisers().stream().anyMatch(o -> o.id() == organisationId);
    }

    private static EventType type(String code) {
        return Codes.parse(EventType.class, code).orElse(EventType.OTHER);
    }
}
