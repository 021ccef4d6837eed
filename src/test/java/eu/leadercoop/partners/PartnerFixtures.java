package eu.leadercoop.partners;

import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.Projects;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Organisations and published projects made for the partner tests, on top of the example projects. */
final class PartnerFixtures {

    private final Organisations organisations;
    private final Projects projects;

    PartnerFixtures(Organisations organisations, Projects projects) {
        this.organisations = organisations;
        this.projects = projects;
    }

    long organisation(String name, String country) {
        return organisations.findByName(name).stream().findFirst().map(o -> o.id())
                .orElseGet(() -> organisations.create(new OrganisationDraft(name, List.of(), null, "lag", country, null, null)).id());
    }

    /** A published Estonian project led by the first of {@code partners}, with events of the given types named by their titles. */
    ProjectDetails project(String title, String summary, String start, String end, List<Long> partners, List<String[]> events) {
        List<ProjectDraft.Partner> list = new ArrayList<>();
        for (int i = 0; i < partners.size(); i++) {
            list.add(new ProjectDraft.Partner(partners.get(i), null, i == 0 ? "lead_partner" : "partner", null, null, null, null));
        }
        List<ProjectDraft.EventDraft> eventDrafts = events.stream()
                .map(e -> new ProjectDraft.EventDraft(new ProjectDraft.DateText(e[2], null, null), e[0], e[1], null, null, null, null, null,
                        List.of(), null))
                .toList();
        return projects.create(new ProjectDraft("et", Map.of("et", title), null, null, new ProjectDraft.DateText(start, end, null), summary,
                List.of(), null, null, null, list, List.of(), List.of(), List.of(), eventDrafts, List.of(), List.of(), List.of(),
                "published"));
    }
}
