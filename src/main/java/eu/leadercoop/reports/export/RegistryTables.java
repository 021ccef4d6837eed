package eu.leadercoop.reports.export;

import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDetails.Activity;
import eu.leadercoop.registry.ProjectDetails.Event;
import eu.leadercoop.registry.ProjectDetails.OrganisationRef;
import eu.leadercoop.registry.ProjectDetails.Partner;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The three tables of the registry's exports, with codes as the API writes them ({@code lead_partner},
 * {@code study_trip_abroad}), dates as EDTF and money as amount plus ISO currency code. Only what is passed
 * in is exported: callers pass the published projects ({@link PublishedRegistry}).
 */
public final class RegistryTables {

    /** Several values in one cell: partner names, aliases, countries. */
    static final String LIST_SEPARATOR = "; ";

    private RegistryTables() {
    }

    public static ExportTable projects(List<ProjectDetails> projects) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectDetails p : projects) {
            Funding funding = p.funding();
            Money budget = p.budget().total();
            rows.add(row(p.id(), p.title(), p.language(), p.referenceNumber(), p.localCode(),
                    edtf(p.period().start()), edtf(p.period().end()), p.period().asWritten(), p.status(),
                    LeadPartner.of(p).map(Partner::name).orElse(null),
                    join(p.partners().stream().map(Partner::name)), join(p.partners().stream().map(Partner::country).distinct()),
                    p.partners().size(), p.events().size(),
                    budget == null ? null : budget.amount(), budget == null ? null : budget.currency().getCurrencyCode(),
                    funding == null ? null : funding.programme(), funding == null ? null : funding.priority(),
                    funding == null ? null : funding.objective(), funding == null ? null : funding.measure(), p.website(),
                    join(p.themes() == null ? java.util.stream.Stream.empty() : p.themes().stream().map(ProjectDetails.Theme::id))));
        }
        return new ExportTable("projects", List.of("id", "title", "language", "reference_number", "local_code",
                "period_start", "period_end", "period_as_written", "status", "lead_partner", "partners", "partner_countries",
                "partner_count", "event_count", "budget_amount", "budget_currency", "programme", "priority", "objective",
                "measure", "website", "themes"), rows);
    }

    public static ExportTable events(List<ProjectDetails> projects) {
        List<List<Object>> rows = new ArrayList<>();
        for (ProjectDetails p : projects) {
            Map<Long, Activity> activities = p.activities().stream().collect(Collectors.toMap(Activity::id, Function.identity()));
            for (Event e : p.events()) {
                Activity delivers = e.activityId() == null ? null : activities.get(e.activityId());
                rows.add(row(e.id(), p.id(), p.title(), e.type(), e.title(), edtf(e.start()), edtf(e.end()), e.dateAsWritten(),
                        e.place(), e.country(), e.region(), e.participants(),
                        join(e.organisers().stream().map(OrganisationRef::name)),
                        delivers == null ? null : delivers.label(), delivers == null ? null : delivers.partner()));
            }
        }
        return new ExportTable("events", List.of("id", "project_id", "project_title", "type", "title", "start", "end",
                "date_as_written", "place", "country", "region", "participants", "organisers", "activity_label",
                "activity_partner"), rows);
    }

    public static ExportTable organisations(List<OrganisationSummary> organisations) {
        List<List<Object>> rows = new ArrayList<>();
        for (OrganisationSummary o : organisations) {
            rows.add(row(o.id(), o.name(), join(o.aliases().stream()), o.legalForm(), o.kind(), o.country(), o.region(),
                    o.website(), o.projectCount()));
        }
        return new ExportTable("organisations", List.of("id", "name", "aliases", "legal_form", "kind", "country", "region",
                "website", "project_count"), rows);
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    private static String edtf(PartialDate date) {
        return date == null ? null : date.toEdtf();
    }

    private static String join(java.util.stream.Stream<String> values) {
        String joined = values.filter(Objects::nonNull).collect(Collectors.joining(LIST_SEPARATOR));
        return joined.isEmpty() ? null : joined;
    }
}
