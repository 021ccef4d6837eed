package eu.leadercoop.registry;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
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

    private final Map<String, Region> byCode;

    public Regions() {
        this.byCode = Collections.unmodifiableMap(load());
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
