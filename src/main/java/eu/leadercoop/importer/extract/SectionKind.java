package eu.leadercoop.importer.extract;

/** What a labelled part of a project page is about. */
enum SectionKind {
    /** Lines before the first recognised label: usually the title. */
    PREAMBLE,
    TITLE,
    REFERENCE,
    PERIOD,
    PARTNERS,
    LEAD_PARTNER,
    APPLICANT,
    NETWORK_PARTNERS,
    BUDGET,
    FUNDING,
    FUNDING_MEASURE,
    FUNDING_PRIORITY,
    FUNDING_OBJECTIVE,
    GOALS,
    DESCRIPTION,
    ACTIVITIES,
    JOINT_ACTIVITIES,
    PARTNER_ACTIVITIES,
    EVENTS,
    RESULTS,
    TARGET_GROUPS,
    MEDIA,
    CONTACT,
    WEBSITE;

    boolean isPartnerList() {
        return this == PARTNERS || this == LEAD_PARTNER || this == APPLICANT || this == NETWORK_PARTNERS;
    }

    boolean isActivities() {
        return this == ACTIVITIES || this == JOINT_ACTIVITIES || this == PARTNER_ACTIVITIES;
    }

    boolean isFunding() {
        return this == FUNDING || this == FUNDING_MEASURE || this == FUNDING_PRIORITY || this == FUNDING_OBJECTIVE;
    }
}
