package eu.leadercoop.registry.model;

/**
 * The legal form an organisation's name carries: MTÜ / mittetulundusühing and Stowarzyszenie are
 * non-profit associations, SA / sihtasutus and Fundacja are foundations, a powiat is a county.
 */
public enum LegalForm {
    NON_PROFIT_ASSOCIATION,
    FOUNDATION,
    MUNICIPALITY,
    COUNTY,
    COMPANY,
    PUBLIC_BODY,
    OTHER
}
