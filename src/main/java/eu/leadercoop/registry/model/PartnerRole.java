package eu.leadercoop.registry.model;

/**
 * An organisation's role in a project. Ordered as a project page lists partners: the lead partner
 * (juhtpartner, partner wiodący) first.
 */
public enum PartnerRole {
    LEAD_PARTNER,
    APPLICANT,
    PARTNER,
    /** A partner of a project run within a national rural network, e.g. "Partner KSOW". */
    NETWORK_PARTNER;

    public boolean leads() {
        return this == LEAD_PARTNER || this == APPLICANT;
    }
}
