package eu.leadercoop.registry.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The API and data files name enum values in lower snake case ({@code lead_partner},
 * {@code study_trip_abroad}); this is the one place that converts between the two forms.
 */
public final class Codes {

    private Codes() {
    }

    public static String of(Enum<?> value) {
        return value == null ? null : value.name().toLowerCase(Locale.ROOT);
    }

    public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String name = code.trim().replace('-', '_').replace(' ', '_').toUpperCase(Locale.ROOT);
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst();
    }

    /** The accepted codes, for error messages: {@code lead_partner, applicant, partner, ...}. */
    public static String list(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Codes::of).collect(Collectors.joining(", "));
    }
}
