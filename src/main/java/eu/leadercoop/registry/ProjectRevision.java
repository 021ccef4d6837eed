package eu.leadercoop.registry;

import java.time.Instant;
import java.util.List;

/**
 * One saved change of a project record: its revision number, when and by whom, and each field that
 * changed with its value before and after (null where the field did not exist). Field paths follow
 * the JSON API ({@code titles.et}, {@code goals[1]}, {@code events[2].date_as_written},
 * {@code partners[@7].role}): partners, budget lines and event organisers are named by their
 * organisation's id ({@code @7}), other items by their position; database ids are left out.
 */
public record ProjectRevision(long number, Instant changedAt, String author, String kind, List<FieldChange> changes) {

    /** {@code created}, {@code changed} or {@code deleted}. */
    public String kind() {
        return kind;
    }

    public record FieldChange(String field, String before, String after) {
    }
}
