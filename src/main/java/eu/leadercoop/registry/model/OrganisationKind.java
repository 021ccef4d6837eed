package eu.leadercoop.registry.model;

/**
 * What kind of body an organisation is; a LAG is a local action group (tegevusrühm, LGD), a FLAG a
 * fisheries local action group (kalanduse algatusrühm, LGR). The codes ({@code lag}, {@code flag},
 * {@code municipality}, {@code public_body}, ...) are those of DESIGN.md; {@code local_government}
 * stays for the counties and regional governments recorded before {@code municipality} existed.
 */
public enum OrganisationKind {
    LAG,
    NGO,
    LOCAL_GOVERNMENT,
    FOUNDATION,
    COMPANY,
    NETWORK,
    OTHER,
    FLAG,
    MUNICIPALITY,
    PUBLIC_BODY
}
