package eu.leadercoop.importer.match;

import eu.leadercoop.registry.OrganisationDraft;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The organisations of the example data ({@code examples/organisations.json}: every LAG and partner of the five
 * seed texts with the aliases entered by hand), numbered from 1 in file order, as matching sees them.
 */
public final class SeedOrganisations {

    public static final List<KnownOrganisation> ALL = load();

    private SeedOrganisations() {
    }

    public static KnownOrganisation named(String name) {
        return ALL.stream().filter(o -> o.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no seed organisation " + name));
    }

    public static OrganisationIndex index() {
        return new OrganisationIndex(ALL);
    }

    private static List<KnownOrganisation> load() {
        JsonMapper json = JsonMapper.builder().propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE).build();
        try (InputStream in = SeedOrganisations.class.getResourceAsStream("/examples/organisations.json")) {
            List<OrganisationDraft> drafts = json.readValue(in, new TypeReference<List<OrganisationDraft>>() { });
            List<KnownOrganisation> known = new ArrayList<>();
            for (OrganisationDraft d : drafts) {
                known.add(new KnownOrganisation(known.size() + 1, d.name(), d.aliases(), d.country()));
            }
            return List.copyOf(known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
