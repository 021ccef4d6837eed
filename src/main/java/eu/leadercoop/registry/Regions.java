package eu.leadercoop.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.text.Normalizer;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The regions organisations and events are placed in: ISO 3166-2 subdivisions (Estonian counties,
 * Polish voivodeships so far) with their names in et/pl/en and an approximate centre for maps. The
 * table is {@code registry/regions.csv}; add rows there to cover more countries.
 */
@Component
public class Regions {

    /** One region; {@code names} by language code. */
    public record Region(String code, String country, Map<String, String> names, double latitude, double longitude) {

        public String name(String lang) {
            return names.getOrDefault(lang, names.get("en"));
        }
    }

    /** The table is data shipped with the app: read once, shared by the bean and by {@link #table()}. */
    private static final class Table {
        static final Regions INSTANCE = new Regions();
    }

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Pattern CODE = Pattern.compile("([A-Z]{2})-[A-Z0-9]{1,3}");

    private final Map<String, Region> byCode;
    private final Map<String, String> codeByName;
    private final Set<String> countriesCovered;

    public Regions() {
        this.byCode = Collections.unmodifiableMap(load());
        Map<String, String> names = new HashMap<>();
        // "województwo lubelskie" is also written "lubelskie"
        byCode.values().forEach(r -> r.names().values().forEach(n -> {
            names.putIfAbsent(nameKey(n), r.code());
            names.putIfAbsent(nameKey(n).replaceFirst("^wojewodztwo ", ""), r.code());
        }));
        this.codeByName = Map.copyOf(names);
        this.countriesCovered = byCode.values().stream().map(Region::country).collect(Collectors.toUnmodifiableSet());
    }

    /** The same table for code that is not a Spring bean (the registry's draft reader). */
    public static Regions table() {
        return Table.INSTANCE;
    }

    /**
     * Whether {@code code} can name a region: a code of the table, or an ISO 3166-2-shaped code of a country the
     * table does not cover yet (its regions cannot be told from unknown ones). {@code ZZ-99} (no such country) and
     * {@code EE-99} (Estonia is covered and has no such county) are not.
     */
    public boolean isKnown(String code) {
        if (code == null) {
            return false;
        }
        if (byCode.containsKey(code)) {
            return true;
        }
        Matcher m = CODE.matcher(code);
        return m.matches() && COUNTRIES.contains(m.group(1)) && !countriesCovered.contains(m.group(1));
    }

    /**
     * The code of the region named {@code name} in any of the table's languages, case and diacritics aside
     * ({@code Harjumaa}, {@code harju county}, {@code lubelskie}): editors type names, not ISO codes.
     */
    public Optional<String> codeOfName(String name) {
        return name == null ? Optional.empty() : Optional.ofNullable(codeByName.get(nameKey(name)));
    }

    private static String nameKey(String name) {
        return Normalizer.normalize(name.strip().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "").replace('ł', 'l').replaceAll("\\s+", " ");
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(byCode.get(code));
    }

    /** The region's name in {@code lang}, or the code itself when the table does not know it. */
    public String name(String code, String lang) {
        return find(code).map(r -> r.name(lang)).orElse(code);
    }

    public Collection<Region> all() {
        return byCode.values();
    }

    private static Map<String, Region> load() {
        Map<String, Region> regions = new LinkedHashMap<>();
        try (InputStream in = Regions.class.getResourceAsStream("/registry/regions.csv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            reader.readLine(); // header
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split(",");
                regions.put(f[0], new Region(f[0], f[1], Map.of("et", f[2], "pl", f[3], "en", f[4]),
                        Double.parseDouble(f[5]), Double.parseDouble(f[6])));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return regions;
    }
}
