package eu.leadercoop.search.index;

/** Field names of the {@code event} index: the calendar's events across all published projects. */
public final class EventFields {

    public static final String INDEX = "event";

    public static final String TITLE = "title";
    public static final String TYPE = "type";
    /** The first and last day the event's (partial) date can mean. Missing for undated events. */
    public static final String FIRST_DAY = "first_day";
    public static final String LAST_DAY = "last_day";
    /** EDTF of the start and end as recorded ({@code 2025-21} for spring 2025). */
    public static final String START = "start";
    public static final String END = "end";
    public static final String DATE_AS_WRITTEN = "date_as_written";
    public static final String PLACE = "place";
    public static final String COUNTRY = "country";
    public static final String REGION = "region";
    public static final String DESCRIPTION = "description";
    /** Its organisers and its project's partners: "events of this organisation". */
    public static final String ORGANISATION = "organisation";
    public static final String PROJECT_ID = "project_id";
    public static final String PROJECT_TITLE = "project_title";
    public static final String LANGUAGE = "language";

    private EventFields() {
    }
}
