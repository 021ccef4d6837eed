package eu.leadercoop.tracking;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Builds {@link ProjectDetails} for tests of the tracking rules, without a database. */
final class ProjectBuilder {

    private final PartialDate start;
    private final PartialDate end;
    private final List<ProjectDetails.Partner> partners = new ArrayList<>();
    private final List<ProjectDetails.Activity> activities = new ArrayList<>();
    private final List<ProjectDetails.Event> events = new ArrayList<>();
    private final List<ProjectDetails.Result> results = new ArrayList<>();
    private final List<ProjectDetails.Line> lines = new ArrayList<>();
    private Money partnersTotal;
    private Funding funding;
    private long nextId = 1;

    /** A project over {@code period} in EDTF ({@code 2024-01/2025-06}), or with no period when null. */
    ProjectBuilder(String period) {
        PartialDateRange range = period == null ? null : PartialDateRange.fromEdtf(period);
        this.start = range == null ? null : range.start();
        this.end = range == null ? null : range.end();
    }

    long partner(String name, String country, String region) {
        long id = nextId++;
        partners.add(new ProjectDetails.Partner(id, name, name, "partner", null, null, "lag", country, region));
        return id;
    }

    /** An activity (joint when {@code partner} is null) with one commitment; returns the activity's id. */
    long activity(Long partner, int minCount, List<String> types, boolean distinctRegions, boolean physicalOnly, String deadline) {
        long id = nextId++;
        String name = partners.stream().filter(p -> partner != null && p.organisationId() == partner)
                .map(ProjectDetails.Partner::name).findFirst().orElse(null);
        ProjectDetails.Commitment commitment = new ProjectDetails.Commitment(nextId++, minCount, types, distinctRegions,
                physicalOnly, deadline == null ? null : PartialDate.fromEdtf(deadline), "as written");
        activities.add(new ProjectDetails.Activity(id, String.valueOf(activities.size() + 1), 0, partner == null ? "joint" : "partner",
                partner, name, "activity text", List.of(commitment)));
        return id;
    }

    long commitmentOf(long activity) {
        return activities.stream().filter(a -> a.id() == activity).findFirst().orElseThrow().commitments().getFirst().id();
    }

    EventBuilder event(String type, String date) {
        return new EventBuilder(type, date == null ? null : PartialDateRange.fromEdtf(date));
    }

    void result(String text, String target, String unit, String achieved) {
        results.add(new ProjectDetails.Result(text, target == null ? null : new BigDecimal(target), unit, true,
                achieved == null ? null : new BigDecimal(achieved), null));
    }

    void funding(String programme, String measure) {
        this.funding = new Funding(programme, null, null, measure);
    }

    void partnersTotal(String amount, String currency) {
        this.partnersTotal = Money.of(amount, currency);
    }

    void line(long partner, String cost, String grant, String own, String currency) {
        String name = partners.stream().filter(p -> p.organisationId() == partner).findFirst().orElseThrow().name();
        lines.add(new ProjectDetails.Line(partner, name, decimal(cost), decimal(grant), decimal(own), false, currency, null, null));
    }

    private static BigDecimal decimal(String value) {
        return value == null ? null : new BigDecimal(value);
    }

    ProjectDetails build() {
        List<ProjectDetails.Event> sorted = events.stream()
                .sorted(java.util.Comparator.comparing((ProjectDetails.Event e) -> e.start(), java.util.Comparator.nullsLast(java.util.Comparator.naturalOrder())))
                .toList();
        return new ProjectDetails(99, "et", "Test project", Map.of("et", "Test project"), null, null,
                new ProjectDetails.Period(start, end, null), "running", "published", null, List.of(), null, funding,
                new ProjectDetails.Budget(partnersTotal, partnersTotal, lines, List.of()), partners, List.of(), results,
                activities, sorted, List.of(), List.of(), List.of(), 0, Instant.EPOCH, List.of());
    }

    final class EventBuilder {

        private final long id = nextId++;
        private final String type;
        private final PartialDateRange date;
        private Long activity;
        private List<Long> organisers = List.of();
        private String country;
        private String region;
        private String place;
        private Integer participants;

        private EventBuilder(String type, PartialDateRange date) {
            this.type = type;
            this.date = date;
        }

        EventBuilder delivers(long activity) {
            this.activity = activity;
            return this;
        }

        EventBuilder organisedBy(Long... organisations) {
            this.organisers = Arrays.asList(organisations);
            return this;
        }

        EventBuilder in(String country, String region, String place) {
            this.country = country;
            this.region = region;
            this.place = place;
            return this;
        }

        EventBuilder participants(int n) {
            this.participants = n;
            return this;
        }

        long add() {
            List<ProjectDetails.OrganisationRef> refs = organisers.stream().map(o -> new ProjectDetails.OrganisationRef(o,
                    partners.stream().filter(p -> p.organisationId() == o).findFirst().map(ProjectDetails.Partner::name).orElse("Other")))
                    .toList();
            events.add(new ProjectDetails.Event(id, type, "event " + id, date == null ? null : date.start(),
                    date == null ? null : date.end(), null, place, country, region, participants, null, refs, activity));
            return id;
        }
    }
}
