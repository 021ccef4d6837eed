package eu.leadercoop.search.index;

/** Field names of the {@code organisation} index, used for typeahead, the map and the directory search. */
public final class OrganisationFields {

    public static final String INDEX = "organisation";

    public static final String NAME = "name";
    /** Other spellings than the canonical name. */
    public static final String ALIAS = "alias";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String KIND = "kind";
    /** The regions it works in as its sources name them ({@code Harju maakond}, {@code lubelskie}): a facet. */
    public static final String REGIONS = "regions";
    /** The name folded to lower case without diacritics, for sorting by name. */
    public static final String NAME_SORT = "name_sort";
    /**
     * Every name and alias with the words for its kind, analysed per language ({@code words_et},
     * {@code words_pl}, {@code words_en}): inflected forms find each other and a Polish reader's
     * {@code lokalna grupa działania} finds an Estonian tegevusrühm.
     */
    public static final String WORDS_PREFIX = "words_";

    private OrganisationFields() {
    }
}
