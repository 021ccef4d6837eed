package eu.leadercoop.search.index;

import eu.leadercoop.search.analysis.Analyzers;

/**
 * Field names of the {@code project} index. Text is indexed per language ({@code title_et},
 * {@code body_pl}...), each with that language's analyzer, which keeps every word's stems and its
 * folded form. Text in any other language, the reference number and the local code go to
 * {@link #TEXT_FOLDED}, only folded. Facet fields are keywords; the period is kept as its earliest
 * and latest day so that the status can be derived at query time from today's date.
 */
public final class ProjectFields {

    public static final String INDEX = "project";

    /** The project's id as a doc value, for reading a hit's id where Lucene is used directly. */
    public static final String ID = "project_id";
    public static final String TITLE_OWN = "title_own";
    public static final String LANGUAGE = "language";
    public static final String TEXT_FOLDED = "text_folded";
    public static final String PARTNERS = "partners";

    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String ORGANISATION = "organisation";
    public static final String ROLE = "role";
    /** {@code 12:lead_partner}: an organisation in a role, to filter "projects this LAG led". */
    public static final String ORGANISATION_ROLE = "organisation_role";
    public static final String PROGRAMME = "programme";
    public static final String MEASURE = "measure";
    public static final String EVENT_TYPE = "event_type";
    /**
     * The ids of the thesaurus concepts the project's texts mention, in any language (see
     * {@link eu.leadercoop.search.Thesaurus#conceptsIn}): a query naming a concept finds them here.
     */
    public static final String CONCEPT = "concept";
    /** The concepts of group theme among {@link #CONCEPT}, for the theme facet. */
    public static final String THEME = "theme";
    /** Every calendar year the period touches. */
    public static final String YEAR = "year";
    /** The project's budget in euro (other currencies at fixed reference rates), for bands and sorting. */
    public static final String BUDGET_EUR = "budget_eur";
    /**
     * The first day the period can mean; for a period with only an end, {@link PeriodDays#OPEN_START}.
     * Missing for an undated project.
     */
    public static final String FIRST_DAY = "first_day";
    /** The last day the period can mean; for a period with only a start, {@link PeriodDays#OPEN_END}. */
    public static final String LAST_DAY = "last_day";
    /** The start's earliest day, for sorting by start date; missing when no start is known. */
    public static final String START_DAY = "start_day";

    /** Stored for showing a hit without reading the database. */
    public static final String PERIOD_START = "period_start";
    public static final String PERIOD_END = "period_end";
    public static final String REFERENCE_NUMBER = "reference_number";
    /** One per partner in page order: {@code id<TAB>role<TAB>name}. */
    public static final String PARTNER_ENTRY = "partner_entry";
    /** {@code amount currency}, e.g. {@code 251928.00 EUR}. */
    public static final String BUDGET = "budget";

    private ProjectFields() {
    }

    /**
     * The field holding {@code field}'s text as LeaderCoop analysed it, on a cluster only (see
     * {@link eu.leadercoop.search.analysis.PreAnalysis}): {@code title_et_terms}.
     */
    public static String terms(String field) {
        return field + "_terms";
    }

    public static String title(String language) {
        return "title_" + language;
    }

    public static String body(String language) {
        return "body_" + language;
    }

    /** The language field a text in {@code language} goes to, or null when only the folded field takes it. */
    public static String languageOrNull(String language) {
        return Analyzers.LANGUAGES.contains(language) ? language : null;
    }
}
