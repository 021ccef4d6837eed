package eu.leadercoop.reports.export;

import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.Projects;
import java.util.ArrayList;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public part of the registry, read whole for exports and statistics: every published project with
 * everything it says (by id, so exports are stable), and the organisations as the public pages list them.
 * Read in one read-only transaction, so an export is one consistent snapshot.
 */
@Component
public class PublishedRegistry {

    private static final int BATCH = 100;

    private final Projects projects;
    private final Organisations organisations;

    PublishedRegistry(Projects projects, Organisations organisations) {
        this.projects = projects;
        this.organisations = organisations;
    }

    /** Published projects, each in its own language, oldest id first. */
    @Transactional(readOnly = true)
    public List<ProjectDetails> projects() {
        List<ProjectDetails> all = new ArrayList<>();
        Page<ProjectSummary> page;
        int number = 0;
        do {
            page = projects.published(PageRequest.of(number++, BATCH, Sort.by("id")), null);
            page.forEach(summary -> projects.publishedDetails(summary.id(), null).ifPresent(all::add));
        } while (page.hasNext());
        return all;
    }

    /** All organisations by name, with their number of published projects. */
    @Transactional(readOnly = true)
    public List<OrganisationSummary> organisations() {
        List<OrganisationSummary> all = new ArrayList<>();
        Page<OrganisationSummary> page;
        int number = 0;
        do {
            page = organisations.list(PageRequest.of(number++, 500));
            all.addAll(page.getContent());
        } while (page.hasNext());
        return all;
    }
}
