package eu.leadercoop.tracking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a commitment stands on a day; see the package documentation for the rules. */
public enum Status {
    MET, ON_TRACK, AT_RISK, MISSED, NOT_STARTED;

    /** The lower snake case code of the API and the messages: {@code on_track}. */
    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
