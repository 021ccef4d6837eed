package eu.leadercoop.registry.web.edit;

import java.util.List;

/**
 * A form of the project editor as the page draws it: which part it edits ({@code ref} names the item,
 * null for a new one), where it posts, its inputs and the problems that belong to no single input.
 */
public record EditForm(FormKind kind, String ref, String action, List<FormField> fields, List<String> problems) {

    public EditForm {
        fields = List.copyOf(fields);
        problems = List.copyOf(problems);
    }

    /** The key of this form among the page's forms: {@code goals-2}, {@code events-new}, {@code core}. */
    public String key() {
        return key(kind, ref);
    }

    static String key(FormKind kind, String ref) {
        return kind == FormKind.CORE || kind == FormKind.NEW ? kind.code() : kind.code() + "-" + (ref == null ? "new" : ref);
    }

    public boolean isNew() {
        return ref == null;
    }

    public String kindCode() {
        return kind.code();
    }

    /** Consecutive inputs of one group (an activity's commitment) together; inputs of no group are a group of their own. */
    public record Group(String legend, List<FormField> fields) {
    }

    public List<Group> groups() {
        List<Group> groups = new java.util.ArrayList<>();
        for (FormField field : fields) {
            Group last = groups.isEmpty() ? null : groups.getLast();
            if (last != null && java.util.Objects.equals(last.legend(), field.group())) {
                last.fields().add(field);
            } else {
                groups.add(new Group(field.group(), new java.util.ArrayList<>(List.of(field))));
            }
        }
        return groups;
    }

    public boolean hasProblems() {
        return !problems.isEmpty() || fields.stream().anyMatch(f -> f.problem() != null);
    }
}
