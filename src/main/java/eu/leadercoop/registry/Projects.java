package eu.leadercoop.registry;

import eu.leadercoop.registry.internal.ProjectAssembler;
import eu.leadercoop.registry.internal.ProjectEditor;
import eu.leadercoop.registry.internal.ProjectRepository;
import eu.leadercoop.registry.internal.ProjectViews;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registry's project records: what other modules and the pages use to read and create them.
 * Reads return immutable views built inside the transaction; {@code lang} picks the title to show
 * when a project has titles in several languages (its own language otherwise; null means its own).
 */
@Service
@Transactional(readOnly = true)
public class Projects {

    private final ProjectRepository projects;
    private final ProjectAssembler assembler;
    private final ProjectViews views;
    private final ProjectEditor editor;
    private final ApplicationEventPublisher events;

    Projects(ProjectRepository projects, ProjectAssembler assembler, ProjectViews views, ProjectEditor editor,
            ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.assembler = assembler;
        this.views = views;
        this.editor = editor;
    }

    /** Published projects; latest start first unless {@code pageable} says otherwise. */
    public Page<ProjectSummary> published(Pageable pageable, String lang) {
        Pageable sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(),
                        Sort.by(Sort.Order.desc("periodStart"), Sort.Order.asc("id")));
        return projects.findByPublicationState(PublicationState.PUBLISHED, sorted).map(p -> views.summary(p, lang));
    }

    /** A published project; empty when there is none with this id or it is not public. */
    public Optional<ProjectDetails> publishedDetails(long id, String lang) {
        return projects.findById(id)
                .filter(p -> p.getPublicationState() == PublicationState.PUBLISHED)
                .map(p -> views.details(p, lang));
    }

    /**
     * A project the current user may see: a published one, or a draft or unpublished one when the
     * {@link RecordGuard} lets them (its partners' editors, administrators).
     */
    public Optional<ProjectDetails> visibleDetails(long id, String lang) {
        try {
            return Optional.of(views.details(editor.visible(id), lang));
        } catch (NoSuchRecordException e) {
            return Optional.empty();
        }
    }

    /**
     * Every project, in any workflow state, in which one of these organisations is a partner: a signed-in
     * editor's own projects, drafts included. The caller decides whose organisations to ask for.
     */
    public List<ProjectSummary> involving(Set<Long> organisationIds, String lang) {
        return organisationIds.isEmpty() ? List.of()
                : projects.findByPartnerIds(organisationIds).stream().map(p -> views.summary(p, lang)).toList();
    }

    /** Who leads and takes part in a project, for permission decisions; empty when there is no such project. */
    public Optional<ProjectAccess> access(long id) {
        return projects.findById(id).map(editor::access);
    }

    /**
     * Checks and saves a whole project record in one transaction, with no permission check: for the
     * application's own loaders (example data, imports run by the system). What people submit goes
     * through {@link ProjectEditing#create}.
     *
     * @return the saved record
     * @throws InvalidDraftException naming every field that is wrong; nothing is saved then
     */
    @Transactional
    public ProjectDetails create(ProjectDraft draft) {
        Project project = projects.saveAndFlush(assembler.assemble(draft));
        events.publishEvent(new ProjectSaved(project.getId()));
        return views.details(project, null);
    }

    public long count() {
        return projects.count();
    }
}
