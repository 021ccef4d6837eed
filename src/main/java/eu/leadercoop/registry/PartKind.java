package eu.leadercoop.registry;

import java.util.Arrays;
import java.util.Optional;

/**
 * The lists a project record is made of, with the draft type that adds or rewrites one item. Items are
 * named in {@link ProjectEditing} by a reference: activities and events by their id, partners by their
 * organisation's id, goals, expected results, media and contacts by their position (from 0) in the
 * record as read at the version being edited.
 */
public enum PartKind {
    GOALS("goals", GoalDraft.class),
    EXPECTED_RESULTS("expected_results", ProjectDraft.Result.class),
    ACTIVITIES("activities", ProjectDraft.ActivityDraft.class),
    EVENTS("events", ProjectDraft.EventDraft.class),
    MEDIA("media", ProjectDraft.Media.class),
    CONTACTS("contacts", ProjectDraft.ContactDraft.class),
    PARTNERS("partners", ProjectDraft.Partner.class);

    private final String code;
    private final Class<?> draftType;

    PartKind(String code, Class<?> draftType) {
        this.code = code;
        this.draftType = draftType;
    }

    /** The name used in API paths and JSON: {@code expected_results}. */
    public String code() {
        return code;
    }

    public Class<?> draftType() {
        return draftType;
    }

    public static Optional<PartKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** One goal, as submitted. */
    public record GoalDraft(String text) {
    }
}
