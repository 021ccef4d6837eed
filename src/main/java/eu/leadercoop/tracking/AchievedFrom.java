package eu.leadercoop.tracking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where an indicator's achieved figure comes from. */
public enum AchievedFrom {
    /** Someone entered it on the expected result (e.g. from the final report); it wins over events. */
    ENTERED,
    /** The sum of the participants of held events recorded against an activity (participant units only). */
    EVENTS,
    /** Nothing is known yet. */
    NONE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
