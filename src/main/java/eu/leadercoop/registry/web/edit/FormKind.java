package eu.leadercoop.registry.web.edit;

import static eu.leadercoop.registry.web.edit.FormField.Type.CHECKBOX;
import static eu.leadercoop.registry.web.edit.FormField.Type.CHECKBOXES;
import static eu.leadercoop.registry.web.edit.FormField.Type.DATE;
import static eu.leadercoop.registry.web.edit.FormField.Type.EMAIL;
import static eu.leadercoop.registry.web.edit.FormField.Type.LINES;
import static eu.leadercoop.registry.web.edit.FormField.Type.NUMBER;
import static eu.leadercoop.registry.web.edit.FormField.Type.RANGE;
import static eu.leadercoop.registry.web.edit.FormField.Type.SELECT;
import static eu.leadercoop.registry.web.edit.FormField.Type.TEL;
import static eu.leadercoop.registry.web.edit.FormField.Type.TEXT;
import static eu.leadercoop.registry.web.edit.FormField.Type.TEXTAREA;
import static eu.leadercoop.registry.web.edit.FormField.Type.URL;

import eu.leadercoop.registry.CoreDraft;
import eu.leadercoop.registry.PartKind;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.web.edit.FormField.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The forms of the project editor, one per part of the record, each a list of inputs named after the
 * draft properties they state. The registry checks what they submit exactly as it checks the JSON API's
 * drafts; these definitions only say what to ask and how to read the answer.
 */
public enum FormKind {
    NEW("new", null, ProjectDraft.class),
    CORE("core", null, CoreDraft.class),
    PARTNERS("partners", PartKind.PARTNERS, ProjectDraft.Partner.class),
    BUDGET("budget", null, ProjectDraft.Budget.class),
    GOALS("goals", PartKind.GOALS, PartKind.GoalDraft.class),
    EXPECTED_RESULTS("expected_results", PartKind.EXPECTED_RESULTS, ProjectDraft.Result.class),
    ACTIVITIES("activities", PartKind.ACTIVITIES, ProjectDraft.ActivityDraft.class),
    EVENTS("events", PartKind.EVENTS, ProjectDraft.EventDraft.class),
    MEDIA("media", PartKind.MEDIA, ProjectDraft.Media.class),
    CONTACTS("contacts", PartKind.CONTACTS, ProjectDraft.ContactDraft.class),
    /** An organisation of the registry, added by any editor, edited by administrators. */
    ORGANISATION("organisation", null, eu.leadercoop.registry.OrganisationDraft.class);

    /** Where a select or a group of checkboxes takes its choices from. */
    enum Choices { NONE, LANGUAGES, ROLES, EVENT_TYPES, PARTNERS, PARTNERS_OR_JOINT, PARTNERS_OR_NONE, ACTIVITIES, LEADS, LEGAL_FORMS,
        ORGANISATION_KINDS }

    /**
     * One input: {@code label} is a message key; {@code asWritten} names the property that keeps a date's
     * wording when it is not inside the date itself (a media item's {@code as_written}).
     */
    record Spec(String name, String label, Type type, Choices choices, boolean required, String asWritten) {

        Spec(String name, String label, Type type) {
            this(name, label, type, Choices.NONE, false, null);
        }

        Spec(String name, String label, Type type, Choices choices) {
            this(name, label, type, choices, false, null);
        }

        Spec mandatory() {
            return new Spec(name, label, type, choices, true, asWritten);
        }

        Spec keepingWordingIn(String path) {
            return new Spec(name, label, type, choices, required, path);
        }

        Spec at(String prefix) {
            return new Spec(prefix + name, label, type, choices, required, asWritten);
        }
    }

    /** The languages a record's titles are usually written in; others it has are offered too. */
    static final List<String> TITLE_LANGUAGES = List.of("et", "pl", "en");
    static final List<String> RECORD_LANGUAGES = List.of("et", "pl", "en", "lv", "lt", "fi", "sv", "de");

    static final List<Spec> COMMITMENT = List.of(
            new Spec("min_count", "editing.commitment.min_count", NUMBER),
            new Spec("event_types", "editing.commitment.event_types", CHECKBOXES, Choices.EVENT_TYPES),
            new Spec("distinct_regions", "commitment.distinct_regions", CHECKBOX),
            new Spec("physical_only", "commitment.physical", CHECKBOX),
            new Spec("deadline", "editing.commitment.deadline", DATE),
            new Spec("as_written", "editing.commitment.as_written", TEXT));

    private final String code;
    private final PartKind part;
    private final Class<?> draftType;

    FormKind(String code, PartKind part, Class<?> draftType) {
        this.code = code;
        this.part = part;
        this.draftType = draftType;
    }

    String code() {
        return code;
    }

    /** The list the registry edits item by item, or null for the core, the budget and a new project. */
    PartKind part() {
        return part;
    }

    Class<?> draftType() {
        return draftType;
    }

    static Optional<FormKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /**
     * The inputs, in order. {@code titleLanguages} are the languages to ask titles in (core);
     * {@code commitments} how many commitment groups an activity form has.
     */
    List<Spec> specs(List<String> titleLanguages, int commitments) {
        return switch (this) {
            case NEW -> List.of(
                    new Spec("language", "project.language", SELECT, Choices.LANGUAGES).mandatory(),
                    new Spec("title", "editing.title", TEXT).mandatory(),
                    new Spec("lead", "editing.lead", SELECT, Choices.LEADS).mandatory(),
                    new Spec("period", "project.period", RANGE),
                    new Spec("summary", "project.summary", TEXTAREA));
            case CORE -> core(titleLanguages);
            case PARTNERS -> List.of(
                    new Spec("organisation", "budget.partner", Type.ORGANISATION).mandatory(),
                    new Spec("role", "editing.role", SELECT, Choices.ROLES).mandatory(),
                    new Spec("joined", "editing.partner.joined", DATE),
                    new Spec("left", "editing.partner.left", DATE),
                    new Spec("as_written", "editing.partner.as_written", TEXT));
            case BUDGET -> List.of(
                    new Spec("cost", "budget.cost", NUMBER),
                    new Spec("grant", "budget.grant", NUMBER),
                    new Spec("own_contribution", "budget.own_contribution", NUMBER),
                    new Spec("currency", "editing.currency", TEXT).mandatory());
            case GOALS -> List.of(new Spec("text", "editing.goal", TEXTAREA).mandatory());
            case EXPECTED_RESULTS -> List.of(
                    new Spec("text", "editing.result", TEXTAREA).mandatory(),
                    new Spec("target", "indicator.target", NUMBER),
                    new Spec("unit", "editing.result.unit", TEXT),
                    new Spec("approximate", "editing.result.approximate", CHECKBOX),
                    new Spec("achieved", "editing.result.achieved", NUMBER));
            case ACTIVITIES -> activity(commitments);
            case EVENTS -> List.of(
                    new Spec("date", "editing.event.date", RANGE),
                    new Spec("title", "editing.event.title", TEXT).mandatory(),
                    new Spec("type", "editing.event.type", SELECT, Choices.EVENT_TYPES).mandatory(),
                    new Spec("place", "editing.event.place", TEXT),
                    new Spec("country", "editing.event.country", TEXT),
                    new Spec("region", "editing.event.region", TEXT),
                    new Spec("participants", "editing.event.participants", NUMBER),
                    new Spec("description", "editing.event.description", TEXTAREA),
                    new Spec("organisers", "event.organisers", CHECKBOXES, Choices.PARTNERS),
                    new Spec("activity", "editing.event.activity", SELECT, Choices.ACTIVITIES));
            case MEDIA -> List.of(
                    new Spec("date", "editing.media.date", DATE).keepingWordingIn("as_written"),
                    new Spec("title", "editing.media.title", TEXT).mandatory(),
                    new Spec("outlet", "editing.media.outlet", TEXT),
                    new Spec("url", "editing.media.url", URL),
                    new Spec("partner", "budget.partner", SELECT, Choices.PARTNERS_OR_NONE));
            case ORGANISATION -> List.of(
                    new Spec("name", "organisation.name", TEXT).mandatory(),
                    new Spec("aliases", "organisation.aliases", LINES),
                    new Spec("kind", "organisation.kind", SELECT, Choices.ORGANISATION_KINDS).mandatory(),
                    new Spec("legal_form", "organisation.legal_form", SELECT, Choices.LEGAL_FORMS),
                    new Spec("country", "editing.event.country", TEXT),
                    new Spec("region", "editing.event.region", TEXT),
                    new Spec("website", "project.website", URL),
                    new Spec("email", "editing.contact.email", EMAIL),
                    new Spec("phone", "editing.contact.phone", TEL),
                    new Spec("regions", "organisation.regions", LINES),
                    new Spec("territory", "organisation.territory", TEXTAREA),
                    new Spec("periods", "organisation.periods", LINES));
            case CONTACTS -> List.of(
                    new Spec("name", "editing.contact.name", TEXT),
                    new Spec("email", "editing.contact.email", EMAIL),
                    new Spec("phone", "editing.contact.phone", TEL),
                    new Spec("partner", "budget.partner", SELECT, Choices.PARTNERS_OR_NONE));
        };
    }

    private static List<Spec> core(List<String> titleLanguages) {
        List<Spec> specs = new ArrayList<>();
        specs.add(new Spec("language", "project.language", SELECT, Choices.LANGUAGES).mandatory());
        titleLanguages.forEach(l -> specs.add(new Spec("titles." + l, "editing.title_in", TEXT)));
        specs.addAll(List.of(
                new Spec("reference_number", "project.reference", TEXT),
                new Spec("local_code", "project.local_code", TEXT),
                new Spec("period", "project.period", RANGE),
                new Spec("summary", "project.summary", TEXTAREA),
                new Spec("target_groups", "project.target_groups", LINES),
                new Spec("website", "project.website", URL),
                new Spec("funding.programme", "editing.funding.programme", TEXT),
                new Spec("funding.priority", "editing.funding.priority", TEXT),
                new Spec("funding.measure", "editing.funding.measure", TEXT),
                new Spec("funding.objective", "editing.funding.objective", TEXT),
                new Spec("partners_total.amount", "budget.partners_total", NUMBER),
                new Spec("partners_total.currency", "editing.currency", TEXT)));
        return specs;
    }

    private static List<Spec> activity(int commitments) {
        List<Spec> specs = new ArrayList<>(List.of(
                new Spec("label", "editing.activity.label", TEXT),
                new Spec("partner", "editing.activity.partner", SELECT, Choices.PARTNERS_OR_JOINT),
                new Spec("text", "editing.activity.text", TEXTAREA).mandatory()));
        for (int i = 0; i < commitments; i++) {
            String prefix = "commitments[" + i + "].";
            COMMITMENT.forEach(s -> specs.add(s.at(prefix)));
        }
        return specs;
    }
}
