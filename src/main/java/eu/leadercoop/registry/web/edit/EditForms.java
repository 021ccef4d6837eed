package eu.leadercoop.registry.web.edit;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.ProjectEditing;
import eu.leadercoop.registry.Projects;
import eu.leadercoop.registry.RecordGuard;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.LegalForm;
import eu.leadercoop.registry.model.OrganisationKind;
import eu.leadercoop.registry.model.PartnerRole;
import eu.leadercoop.registry.web.edit.FormField.Option;
import eu.leadercoop.registry.web.edit.FormField.Type;
import eu.leadercoop.registry.web.edit.FormKind.Choices;
import eu.leadercoop.registry.web.edit.FormKind.Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import tools.jackson.databind.json.JsonMapper;

/**
 * Draws the editor's forms: empty for a new item, filled from the record for an existing one, or as
 * submitted with the registry's problems beside the inputs they name. Labels, choices and problems are
 * in the reader's language.
 */
@Component
class EditForms {

    private final MessageSource messages;
    private final JsonMapper json;
    private final Organisations organisations;
    private final RecordGuard guard;
    private final Projects projects;

    EditForms(MessageSource messages, JsonMapper json, Organisations organisations, RecordGuard guard, Projects projects) {
        this.projects = projects;
        this.messages = messages;
        this.json = json;
        this.organisations = organisations;
        this.guard = guard;
    }

    /** The form that adds an item (or creates a project, for {@link FormKind#NEW}). */
    EditForm blank(FormKind kind, ProjectDetails project) {
        return form(kind, project, null, defaults(kind, project), List.of(), false);
    }

    /** The form that edits the item {@code ref} names, filled from the record. */
    EditForm current(FormKind kind, ProjectDetails project, String ref) {
        return form(kind, project, ref, original(kind, project, ref), List.of(), false);
    }

    /** The form as submitted, with what the registry found wrong. */
    EditForm submitted(FormKind kind, ProjectDetails project, String ref, MultiValueMap<String, String> params,
            List<FieldProblem> problems) {
        return form(kind, project, ref, params, problems, true);
    }

    /** The item as the record states it now, as form values (dates still in EDTF with their wording beside). */
    Map<String, List<String>> original(FormKind kind, ProjectDetails project, String ref) {
        if (kind == FormKind.NEW) {
            return Map.of();
        }
        if (kind == FormKind.ORGANISATION) {
            return organisations.details(Long.parseLong(ref), null)
                    .map(o -> FormValues.flatten(json.valueToTree(new OrganisationDraft(o.name(),
                            o.aliases().stream().filter(a -> !a.equals(o.name())).toList(), o.legalForm(), o.kind(), o.country(),
                            o.region(), o.website(), o.email(), o.phone(), o.regions(), o.territory(), o.periods()))))
                    .orElseThrow(() -> new IllegalArgumentException("no organisation " + ref));
        }
        ProjectDraft draft = ProjectEditing.draftOf(project);
        Object item = switch (kind) {
            case NEW, ORGANISATION -> throw new IllegalStateException();
            case CORE -> new CoreDraft(draft.language(), draft.titles(), draft.referenceNumber(), draft.localCode(), draft.period(),
                    draft.summary(), draft.targetGroups(), draft.website(), draft.funding(), draft.partnersTotal());
            case PARTNERS -> partner(draft, project, ref);
            case BUDGET -> partner(draft, project, ref).budget();
            case GOALS -> Map.of("text", draft.goals().get(Integer.parseInt(ref)));
            case EXPECTED_RESULTS -> draft.expectedResults().get(Integer.parseInt(ref));
            case ACTIVITIES -> draft.activities().get(indexOf(project.activities().stream().map(a -> a.id()).toList(), ref));
            case EVENTS -> event(draft.events().get(indexOf(project.events().stream().map(e -> e.id()).toList(), ref)));
            case MEDIA -> draft.media().get(Integer.parseInt(ref));
            case CONTACTS -> draft.contacts().get(Integer.parseInt(ref));
        };
        Map<String, List<String>> values = FormValues.flatten(json.valueToTree(item == null ? Map.of() : item));
        values.remove("key");
        if (kind == FormKind.PARTNERS) {
            values.remove("budget.cost");
            values.put("organisation", List.of(name(project, Long.parseLong(ref))));
        }
        return values;
    }

    private static ProjectDraft.Partner partner(ProjectDraft draft, ProjectDetails project, String ref) {
        return draft.partners().get(indexOf(project.partners().stream().map(s -> s.organisationId()).toList(), ref));
    }

    /** Events name their activity by its id when edited on their own, not by the whole record's key. */
    private static ProjectDraft.EventDraft event(ProjectDraft.EventDraft e) {
        String activity = e.activity() == null ? null : e.activity().substring(1);
        return new ProjectDraft.EventDraft(e.date(), e.title(), e.type(), e.place(), e.country(), e.region(), e.participants(),
                e.description(), e.organisers(), activity);
    }

    private static int indexOf(List<Long> ids, String ref) {
        int index = ids.indexOf(Long.parseLong(ref));
        if (index < 0) {
            throw new IllegalArgumentException("no item " + ref);
        }
        return index;
    }

    private static String name(ProjectDetails project, long organisationId) {
        return project.partners().stream().filter(s -> s.organisationId() == organisationId).map(ProjectDetails.Partner::name)
                .findFirst().orElse("");
    }

    private Map<String, List<String>> defaults(FormKind kind, ProjectDetails project) {
        String currency = project == null ? "EUR" : project.budget().lines().stream().map(ProjectDetails.Line::currency)
                .findFirst().orElse("EUR");
        return switch (kind) {
            case NEW -> Map.of("language", List.of(LocaleContextHolder.getLocale().getLanguage()));
            case PARTNERS -> Map.of("role", List.of("partner"));
            case BUDGET -> Map.of("currency", List.of(currency));
            case EVENTS -> Map.of("type", List.of("meeting"));
            case ORGANISATION -> Map.of("kind", List.of("lag"));
            default -> Map.of();
        };
    }

    private EditForm form(FormKind kind, ProjectDetails project, String ref, Map<String, List<String>> values,
            List<FieldProblem> problems, boolean asSubmitted) {
        Map<String, List<String>> original = asSubmitted || ref == null ? Map.of() : values;
        List<Spec> specs = kind.specs(titleLanguages(project), commitments(kind, values));
        Set<FieldProblem> placed = new LinkedHashSet<>();
        List<FormField> fields = new ArrayList<>();
        for (Spec spec : specs) {
            List<FieldProblem> own = problems.stream().filter(p -> belongsTo(p.field(), spec.name())).toList();
            placed.addAll(own);
            List<String> shown = asSubmitted ? submittedValues(values, spec) : shownValues(values, spec, original);
            fields.add(new FormField(spec.name(), label(spec), type(kind, ref, spec), options(spec.choices(), project), shown,
                    own.isEmpty() ? null : own.stream().map(this::problem).distinct().reduce((a, b) -> a + " " + b).orElse(null),
                    hint(spec), spec.required(), group(spec)));
        }
        List<String> general = problems.stream().filter(p -> !placed.contains(p)).map(this::problem).distinct().toList();
        return new EditForm(kind, ref, action(kind, project, ref), fields, general);
    }

    /** An existing partner's organisation is fixed: removing the partner and adding another changes it. */
    private static Type type(FormKind kind, String ref, Spec spec) {
        return kind == FormKind.PARTNERS && ref != null && spec.name().equals("organisation") ? Type.HIDDEN : spec.type();
    }

    /** A form path a problem names belongs to the input of that path or to one it is part of ({@code period.end}). */
    static boolean belongsTo(String problemField, String name) {
        return problemField.equals(name) || problemField.startsWith(name + ".") || problemField.startsWith(name + "[");
    }

    private static List<String> submittedValues(Map<String, List<String>> values, Spec spec) {
        return values.getOrDefault(spec.name(), List.of());
    }

    private List<String> shownValues(Map<String, List<String>> values, Spec spec, Map<String, List<String>> original) {
        return switch (spec.type()) {
            case RANGE, DATE -> {
                String shown = DateWording.shown(values, spec, LocaleContextHolder.getLocale());
                yield shown.isEmpty() ? List.of() : List.of(shown);
            }
            default -> values.getOrDefault(spec.name(), List.of());
        };
    }

    static int commitments(FormKind kind, Map<String, List<String>> values) {
        if (kind != FormKind.ACTIVITIES) {
            return 0;
        }
        // groups with something typed in them, then one empty group to add a commitment with
        int stated = values.entrySet().stream().filter(e -> e.getKey().startsWith("commitments[")
                        && e.getValue().stream().anyMatch(v -> !v.isBlank())).map(Map.Entry::getKey)
                .mapToInt(k -> Integer.parseInt(k.substring("commitments[".length(), k.indexOf(']')))).max().orElse(-1) + 1;
        return stated + 1;
    }

    static List<String> titleLanguages(ProjectDetails project) {
        Set<String> languages = new LinkedHashSet<>(FormKind.TITLE_LANGUAGES);
        if (project != null) {
            languages.addAll(project.titles().keySet());
        }
        return List.copyOf(languages);
    }

    private String action(FormKind kind, ProjectDetails project, String ref) {
        if (kind == FormKind.NEW) {
            return "/projects/new";
        }
        if (kind == FormKind.ORGANISATION) {
            return ref == null ? "/organisations/new" : "/organisations/" + ref + "/edit";
        }
        String base = "/projects/" + project.id() + "/edit/" + kind.code();
        return ref == null ? base : base + "/" + ref;
    }

    private List<Option> options(Choices choices, ProjectDetails project) {
        return switch (choices) {
            case NONE -> List.of();
            case LANGUAGES -> FormKind.RECORD_LANGUAGES.stream().map(l -> new Option(l, language(l))).toList();
            case ROLES -> Arrays.stream(PartnerRole.values()).map(Codes::of).map(r -> new Option(r, text("role." + r))).toList();
            case EVENT_TYPES -> Arrays.stream(EventType.values()).map(Codes::of).map(t -> new Option(t, text("event.type." + t))).toList();
            case PARTNERS -> partners(project);
            case PARTNERS_OR_JOINT -> owners(project, text("project.activities.joint"));
            case PARTNERS_OR_NONE -> owners(project, text("editing.no_partner"));
            case ACTIVITIES -> withFirst(new Option("", text("editing.no_activity")), project.activities().stream()
                    .map(a -> new Option(String.valueOf(a.id()), shortened((a.label() == null ? "" : a.label() + " ") + a.text()))).toList());
            case LEADS -> leads();
            case LEGAL_FORMS -> withFirst(new Option("", text("editing.no_legal_form")), Arrays.stream(LegalForm.values())
                    .map(Codes::of).map(c -> new Option(c, text("legal_form." + c))).toList());
            case ORGANISATION_KINDS -> Arrays.stream(OrganisationKind.values()).map(Codes::of)
                    .map(c -> new Option(c, text("kind." + c))).toList();
        };
    }

    /**
     * Whose part an item is: the shared core ({@code none}) or a partner, offering only those the user may
     * change, so that a form never proposes a save the registry would refuse.
     */
    private List<Option> owners(ProjectDetails project, String none) {
        EditorAccess may = EditorAccess.of(project, projects.access(project.id()).orElseThrow(), guard);
        List<Option> owners = new ArrayList<>();
        if (may.core()) {
            owners.add(new Option("", none));
        }
        project.partners().stream().filter(s -> may.mayChange(s.organisationId())).forEach(s -> owners.add(new Option(s.name(), s.name())));
        return owners;
    }

    private static List<Option> partners(ProjectDetails project) {
        return project.partners().stream().map(s -> new Option(s.name(), s.name())).toList();
    }

    /** A new project is led by one of the user's organisations; administrators may name any. */
    private List<Option> leads() {
        if (guard.mayManageOrganisations()) {
            return organisations.all().stream().map(o -> new Option(String.valueOf(o.id()), o.name())).toList();
        }
        return guard.memberOrganisations().stream().sorted().map(id -> organisations.details(id, null))
                .flatMap(java.util.Optional::stream).map(d -> new Option(String.valueOf(d.id()), d.name())).toList();
    }

    private static List<Option> withFirst(Option first, List<Option> rest) {
        List<Option> all = new ArrayList<>(rest.size() + 1);
        all.add(first);
        all.addAll(rest);
        return all;
    }

    private static String shortened(String text) {
        return text.length() <= 90 ? text : text.substring(0, 89) + "…";
    }

    private String hint(Spec spec) {
        return switch (spec.type()) {
            case RANGE -> text("editing.hint.range");
            case DATE -> text("editing.hint.date");
            case LINES -> text("editing.hint.lines");
            default -> spec.name().endsWith("currency") ? text("editing.hint.currency") : null;
        };
    }

    String problem(FieldProblem p) {
        return messages.getMessage("problem." + p.code(), p.arguments().toArray(), p.message(), LocaleContextHolder.getLocale());
    }

    /** An activity's commitments are numbered groups of inputs. */
    private String group(Spec spec) {
        if (!spec.name().startsWith("commitments[")) {
            return null;
        }
        int index = Integer.parseInt(spec.name().substring("commitments[".length(), spec.name().indexOf(']')));
        return messages.getMessage("editing.commitment.group", new Object[] {index + 1}, LocaleContextHolder.getLocale());
    }

    /** A title's label names its language: "Title in Estonian". */
    private String label(Spec spec) {
        if (spec.name().startsWith("titles.")) {
            return messages.getMessage(spec.label(), new Object[] {language(spec.name().substring("titles.".length()))},
                    LocaleContextHolder.getLocale());
        }
        return text(spec.label());
    }

    private String language(String code) {
        return Locale.of(code).getDisplayLanguage(LocaleContextHolder.getLocale());
    }

    private String text(String key) {
        return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
    }
}
