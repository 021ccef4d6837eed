package eu.leadercoop.registry.model;

/** What kind of body an organisation is; a LAG is a local action group (tegevusrühm, LGD). */
public enum OrganisationKind {
    LAG,
    NGO,
    LOCAL_GOVERNMENT,
    FOUNDATION,
    COMPANY,
    NETWORK,
    OTHER
}
