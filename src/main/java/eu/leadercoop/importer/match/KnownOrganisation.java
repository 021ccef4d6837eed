package eu.leadercoop.importer.match;

import java.util.List;

/**
 * An organisation of the registry as matching sees it: its id, canonical name, every spelling known for it, and
 * the country it is in.
 */
public record KnownOrganisation(long id, String name, List<String> aliases, String country) {

    public KnownOrganisation {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }
}
