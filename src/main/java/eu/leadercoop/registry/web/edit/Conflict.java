package eu.leadercoop.registry.web.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Someone else saved the project after the editor opened it: what they saved ({@code theirs}, null for
 * an item that is no longer there) beside what this editor submitted ({@code mine}), input by input, so
 * that the editor decides and nothing typed is lost. {@code resubmit} is the submitted form again,
 * ready to be saved over the current version.
 */
public record Conflict(String action, long currentVersion, List<Row> rows, EditForm resubmit, boolean itemGone, boolean adding) {

    public record Row(String label, String theirs, String mine) {

        public boolean differs() {
            return !Objects.equals(theirs, mine);
        }
    }

    /**
     * Both forms side by side; {@code theirs} null when the item was removed meanwhile or, with
     * {@code adding}, when the refused change adds a new one.
     */
    static Conflict of(EditForm theirs, EditForm mine, long currentVersion, boolean adding) {
        List<Row> rows = new ArrayList<>();
        for (FormField field : mine.fields()) {
            if (field.type() == FormField.Type.HIDDEN) {
                continue;
            }
            FormField their = theirs == null ? null
                    : theirs.fields().stream().filter(f -> f.name().equals(field.name())).findFirst().orElse(null);
            rows.add(new Row(field.label(), their == null ? null : shown(their), shown(field)));
        }
        return new Conflict(mine.action(), currentVersion, rows, mine, theirs == null && !adding, adding);
    }

    /** A workflow step or removal that met a newer version: nothing typed to compare. */
    static Conflict ofStep(String action, long currentVersion) {
        return new Conflict(action, currentVersion, List.of(), null, false, false);
    }

    /** Values as the reader sees them: the labels of chosen options, "yes" for a ticked box. */
    private static String shown(FormField field) {
        if (field.type() == FormField.Type.CHECKBOX) {
            return field.value().isEmpty() || field.value().equals("false") ? "" : "✓";
        }
        if (field.options().isEmpty()) {
            return String.join("; ", field.values().stream().filter(v -> !v.isBlank()).toList());
        }
        return field.options().stream().filter(o -> field.has(o.value()) && !o.value().isEmpty())
                .map(FormField.Option::label).collect(Collectors.joining("; "));
    }
}
