package eu.leadercoop.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One organisation as a published list states it: the LAG directory shipped with LeaderCoop or a
 * national list a network administrator imports. {@link OrganisationListings} turns listings into
 * organisations.
 *
 * @param directoryId a stable identifier of the record in its list ({@code ee/arenduskoda}); an
 *                    organisation loaded from it keeps it, so the next version of the list finds it again
 * @param name        the canonical name
 * @param aliases     other spellings
 * @param kind        a kind code of DESIGN.md ({@code lag}, {@code flag}, {@code network}, ...)
 * @param country     ISO 3166-1 alpha-2
 * @param regions     the regions it works in, in the list's words
 * @param periods     programming periods such as {@code 2014-2020}
 * @param source      the public address the facts were taken from
 * @param sourceDate  the date the source states or was read
 */
public record OrganisationListing(String directoryId, String name, List<String> aliases, String kind, String country,
        List<String> regions, String website, String email, String phone, List<String> periods, String source,
        LocalDate sourceDate) {

    public OrganisationListing {
        aliases = List.copyOf(aliases == null ? List.of() : aliases);
        regions = List.copyOf(regions == null ? List.of() : regions);
        periods = List.copyOf(periods == null ? List.of() : periods);
    }

    /** The name followed by every alias. */
    public List<String> allNames() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return all;
    }
}
