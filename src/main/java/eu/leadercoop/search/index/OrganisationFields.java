package eu.leadercoop.search.index;

/** Field names of the {@code organisation} index, used for typeahead and the map. */
public final class OrganisationFields {

    public static final String INDEX = "organisation";

    public static final String NAME = "name";
    /** Other spellings than the canonical name. */
    public static final String ALIAS = "alias";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String KIND = "kind";

    private OrganisationFields() {
    }
}
