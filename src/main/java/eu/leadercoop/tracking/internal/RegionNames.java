package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.Regions;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Finds the region an event's place names: {@code Harjumaa}, {@code Tallinn, Harju County} and
 * {@code województwo lubelskie}-style parts are compared, case-insensitively, with the region names the
 * registry knows in et, pl and en.
 */
public final class RegionNames implements Function<String, Optional<String>> {

    private final Map<String, String> codes = new HashMap<>();

    public RegionNames(Regions regions) {
        for (Regions.Region region : regions.all()) {
            region.names().values().forEach(name -> codes.put(key(name), region.code()));
            codes.put(key(region.code()), region.code());
        }
    }

    @Override
    public Optional<String> apply(String place) {
        if (place == null) {
            return Optional.empty();
        }
        for (String part : place.split("[,;]")) {
            String code = codes.get(key(part));
            if (code != null) {
                return Optional.of(code);
            }
        }
        return Optional.empty();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
