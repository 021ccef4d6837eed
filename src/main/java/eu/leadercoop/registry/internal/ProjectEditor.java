package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.NoSuchRecordException;
import eu.leadercoop.registry.NotPermittedException;
import eu.leadercoop.registry.PartKind;
import eu.leadercoop.registry.ProjectAccess;
import eu.leadercoop.registry.ProjectArea;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectSaved;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.StaleVersionException;
import eu.leadercoop.registry.model.Activity;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.Contact;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.ExpectedResult;
import eu.leadercoop.registry.model.Goal;
import eu.leadercoop.registry.model.MediaItem;
import eu.leadercoop.registry.model.Partnership;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.registry.model.PublicationState;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Carries out every change to a project record the same way: find it (a draft only for those who may
 * see it), refuse users who edit nothing in it, refuse a stale version, apply the change with field
 * checks, then ask the {@link RecordGuard} about every area whose content changed. Callers run it in a
 * transaction that any refusal rolls back, so nothing is half-saved.
 */
@Component
public class ProjectEditor {

    private final ProjectRepository projects;
    private final ProjectAssembler assembler;
    private final ProjectViews views;
    private final AreaContents areas;
    private final RecordGuard guard;
    private final ApplicationEventPublisher events;

    ProjectEditor(ProjectRepository projects, ProjectAssembler assembler, ProjectViews views, AreaContents areas, RecordGuard guard,
            ApplicationEventPublisher events) {
        this.events = events;
        this.projects = projects;
        this.assembler = assembler;
        this.views = views;
        this.areas = areas;
        this.guard = guard;
    }

    public ProjectDetails create(ProjectDraft draft) {
        Project project = assembler.assemble(draft);
        projects.saveAndFlush(project);
        ProjectDetails created = views.details(project, null);
        ProjectAccess access = access(project);
        requireAll(new ProjectAccess(null, access.publicationState(), access.leadOrganisationIds(), access.partnerOrganisationIds()),
                areas.changed(null, created));
        events.publishEvent(new ProjectSaved(created.id()));
        return created;
    }

    /** A project the current user may see, for reading or editing. */
    public Project visible(long id) {
        Project project = projects.findById(id).orElseThrow(() -> noProject(id));
        if (project.getPublicationState() != PublicationState.PUBLISHED && !guard.maySee(access(project))) {
            throw noProject(id);
        }
        return project;
    }

    public ProjectAccess access(Project project) {
        Set<Long> partners = project.getPartnerships().stream().map(s -> s.getOrganisation().getId()).collect(Collectors.toSet());
        Set<Long> leads = project.getPartnerships().stream().filter(s -> s.getRole().leads())
                .map(s -> s.getOrganisation().getId()).collect(Collectors.toSet());
        return new ProjectAccess(project.getId(), Codes.of(project.getPublicationState()), leads, partners);
    }

    /** Applies {@code change} to the project at {@code version}; {@code submitted} goes into a conflict report. */
    ProjectDetails edit(long id, long version, Object submitted, BiConsumer<Project, DraftReader> change) {
        return edit(id, version, submitted, change, null);
    }

    /** As above; {@code areas}, when given, are the areas to check instead of those whose content changed. */
    private ProjectDetails edit(long id, long version, Object submitted, BiConsumer<Project, DraftReader> change,
            Set<ProjectArea> areas) {
        Project project = visible(id);
        ProjectAccess access = access(project);
        if (!guard.mayEdit(access)) {
            throw new NotPermittedException("you may not change project " + id);
        }
        ProjectDetails before = views.details(project, null);
        if (project.getVersion() != version) {
            throw new StaleVersionException(version, project.getVersion(), before, submitted);
        }
        DraftReader in = new DraftReader();
        change.accept(project, in);
        in.throwIfAny();
        project.touch();
        projects.saveAndFlush(project);
        ProjectDetails after = views.details(project, null);
        requireAll(access, areas != null ? areas : this.areas.changed(before, after));
        events.publishEvent(new ProjectSaved(id));
        return after;
    }

    public ProjectDetails replace(long id, long version, ProjectDraft draft) {
        return edit(id, version, draft, (project, in) -> {
            project.clearParts(projects::flush);
            assembler.assembleInto(project, draft);
        });
    }

    public ProjectDetails updateCore(long id, long version, CoreDraft core) {
        return edit(id, version, core, (project, in) -> {
            String language = in.language("language", core.language(), true);
            if (language != null) {
                project.setLanguage(language);
            }
            assembler.readCore(in, core, project);
        });
    }

    public ProjectDetails add(long id, long version, PartKind kind, Object draft) {
        return edit(id, version, draft, (project, in) -> write(in, project, kind, draft, null));
    }

    public ProjectDetails update(long id, long version, PartKind kind, long ref, Object draft) {
        return edit(id, version, draft, (project, in) -> write(in, project, kind, draft, find(project, kind, ref)));
    }

    /**
     * Removes an item. Removing a partner is the coordinator's decision on the partner list alone, though
     * the partner's own parts go with it.
     */
    public ProjectDetails remove(long id, long version, PartKind kind, long ref) {
        Set<ProjectArea> areas = kind == PartKind.PARTNERS ? Set.of(ProjectArea.CORE) : null;
        return edit(id, version, null, (project, in) -> {
            Object part = find(project, kind, ref);
            switch (kind) {
                case GOALS -> project.removeGoal((Goal) part);
                case EXPECTED_RESULTS -> project.removeExpectedResult((ExpectedResult) part);
                case ACTIVITIES -> project.removeActivity((Activity) part);
                case EVENTS -> project.removeEvent((Event) part);
                case MEDIA -> project.removeMediaItem((MediaItem) part);
                case CONTACTS -> project.removeContact((Contact) part);
                case PARTNERS -> project.removePartner((Partnership) part);
            }
        }, areas);
    }

    public ProjectDetails setBudget(long id, long version, long organisationId, ProjectDraft.Budget budget) {
        return edit(id, version, budget, (project, in) -> {
            Partnership partner = (Partnership) find(project, PartKind.PARTNERS, organisationId);
            partner.setBudget(budget == null ? null : assembler.budget(in, "", budget));
        });
    }

    public ProjectDetails publish(long id, long version, boolean published) {
        return edit(id, version, null, (project, in) -> {
            if (published) {
                project.publish();
            } else {
                project.unpublish();
            }
        });
    }

    private void write(DraftReader in, Project project, PartKind kind, Object draft, Object existing) {
        if (!kind.draftType().isInstance(draft)) {
            throw new IllegalArgumentException(kind.code() + " needs a " + kind.draftType().getSimpleName());
        }
        switch (kind) {
            case GOALS -> assembler.readGoal(in, "text", ((PartKind.GoalDraft) draft).text(), project,
                    (Goal) existing);
            case EXPECTED_RESULTS -> assembler.readResult(in, "", (ProjectDraft.Result) draft, project,
                    (ExpectedResult) existing);
            case ACTIVITIES -> assembler.readActivity(in, "", (ProjectDraft.ActivityDraft) draft, project, (Activity) existing);
            case EVENTS -> assembler.readEvent(in, "", (ProjectDraft.EventDraft) draft, project, ref -> activity(project, ref),
                    (Event) existing);
            case MEDIA -> assembler.readMediaItem(in, "", (ProjectDraft.Media) draft, project,
                    (MediaItem) existing);
            case CONTACTS -> assembler.readContact(in, "", (ProjectDraft.ContactDraft) draft, project,
                    (Contact) existing);
            case PARTNERS -> assembler.readPartner(in, "", (ProjectDraft.Partner) draft, project, (Partnership) existing);
        }
    }

    /** An event names the activity it delivers by the activity's id when edited on its own. */
    private static Optional<Activity> activity(Project project, String ref) {
        return project.getActivities().stream().filter(a -> String.valueOf(a.getId()).equals(ref.strip())).findFirst();
    }

    private static Object find(Project project, PartKind kind, long ref) {
        Optional<?> part = switch (kind) {
            case GOALS -> at(project.getGoals(), ref);
            case EXPECTED_RESULTS -> at(project.getExpectedResults(), ref);
            case ACTIVITIES -> project.getActivities().stream().filter(a -> a.getId() == ref).findFirst();
            case EVENTS -> project.getEvents().stream().filter(e -> e.getId() == ref).findFirst();
            case MEDIA -> at(project.getMediaItems(), ref);
            case CONTACTS -> at(project.getContacts(), ref);
            case PARTNERS -> project.getPartnerships().stream().filter(s -> s.getOrganisation().getId() == ref).findFirst();
        };
        return part.orElseThrow(() -> new NoSuchRecordException(
                "project " + project.getId() + " has no " + kind.code() + " item " + ref));
    }

    private static Optional<?> at(List<?> items, long index) {
        return index >= 0 && index < items.size() ? Optional.of(items.get((int) index)) : Optional.empty();
    }

    private void requireAll(ProjectAccess access, Set<ProjectArea> changed) {
        for (ProjectArea area : changed) {
            if (!guard.mayChange(access, area)) {
                throw new NotPermittedException("you may not change " + describe(area)
                        + (access.projectId() == null ? " of a new project" : " of project " + access.projectId()));
            }
        }
    }

    private static String describe(ProjectArea area) {
        return switch (area) {
            case ProjectArea.Core core -> "the shared core (lead partner's part)";
            case ProjectArea.Workflow workflow -> "the publication state";
            case ProjectArea.Partner partner -> "the part of partner organisation(s) " + partner.organisationIds().stream().sorted()
                    .map(String::valueOf).collect(Collectors.joining(", "));
        };
    }

    private static NoSuchRecordException noProject(long id) {
        return new NoSuchRecordException("There is no project " + id + " you may see.");
    }
}
