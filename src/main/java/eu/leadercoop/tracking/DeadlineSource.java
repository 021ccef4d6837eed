package eu.leadercoop.tracking;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a commitment's deadline comes from. */
public enum DeadlineSource {
    /** The commitment states its own ({@code välisreis on planeeritud 2022 kevadeks}). */
    COMMITMENT,
    /** The project's end. */
    PROJECT_END,
    /** Neither is known: the commitment can be met but never missed or at risk. */
    NONE;

    @JsonValue
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
