package eu.leadercoop.registry;

import java.util.List;

/**
 * An organisation as submitted; enum values as codes ({@code lag}, {@code non_profit_association}).
 *
 * @param region    ISO 3166-2 code of its county or voivodeship ({@code EE-37}), for maps and facets
 * @param email     a public contact address of the organisation
 * @param regions   the regions it works in as sources name them (NUTS codes or national regions)
 * @param territory its territory in words
 * @param periods   programming periods it works in, like {@code 2014-2020}
 */
public record OrganisationDraft(
        String name,
        List<String> aliases,
        String legalForm,
        String kind,
        String country,
        String region,
        String website,
        String email,
        String phone,
        List<String> regions,
        String territory,
        List<String> periods) {

    /** A draft without contact, regions, territory or periods. */
    public OrganisationDraft(String name, List<String> aliases, String legalForm, String kind, String country, String region,
            String website) {
        this(name, aliases, legalForm, kind, country, region, website, null, null, List.of(), null, List.of());
    }
}
