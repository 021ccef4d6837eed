package eu.leadercoop.registry;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One saved change of a record (a project with its parts, an organisation, a user): its revision number, when and by whom, and each field that
 * changed with its value before and after (null where the field did not exist). Field paths follow
 * the JSON API ({@code titles.et}, {@code goals[1]}, {@code events[2].date_as_written},
 * {@code partners[@7].role}): partners, budget lines and event organisers are named by their
 * organisation's id ({@code @7}), other items by their position; database ids are left out.
 */
public record RecordRevision(long number, Instant changedAt, String author, String kind, List<FieldChange> changes) {

    /** The fields whose values differ, in the order of {@code before} then new ones; null stands for "absent". */
    public static List<FieldChange> changes(Map<String, String> before, Map<String, String> after) {
        Map<String, String> was = before == null ? Map.of() : before;
        Map<String, String> is = after == null ? Map.of() : after;
        Set<String> fields = new LinkedHashSet<>(was.keySet());
        fields.addAll(is.keySet());
        List<FieldChange> changes = new ArrayList<>();
        for (String field : fields) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                changes.add(new FieldChange(field, was.get(field), is.get(field)));
            }
        }
        return changes;
    }

    /** {@code created}, {@code changed} or {@code deleted}. */
    public String kind() {
        return kind;
    }

    public record FieldChange(String field, String before, String after) {
    }
}
