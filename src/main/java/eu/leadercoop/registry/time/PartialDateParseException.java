package eu.leadercoop.registry.time;

/**
 * The text given to a parse method is not a date that can be read without guessing.
 *
 * <p>This is the only exception the parse methods of {@link PartialDates}, {@link PartialDate#fromEdtf}
 * and {@link PartialDateRange#fromEdtf} throw, whatever the input (including {@code null} and text that
 * is too long). It carries the offending input and a reason a person can act on, for example
 * {@code day 31 does not exist in February 2024}.
 */
public class PartialDateParseException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private static final int QUOTED_INPUT_LIMIT = 120;

    private final String input;
    private final String reason;

    /**
     * @param input  the text that was being parsed, as given (may be {@code null})
     * @param reason why it is not a date, in words for the person who wrote it
     */
    public PartialDateParseException(String input, String reason) {
        super(reason + " (in " + quote(input) + ")");
        this.input = input;
        this.reason = reason;
    }

    /** The text that was being parsed, exactly as given; {@code null} if none was given. */
    public String input() {
        return input;
    }

    /** Why the text is not a date, without the quoted input. */
    public String reason() {
        return reason;
    }

    // The message quotes the input so log lines are self-explaining, but never a whole document.
    private static String quote(String input) {
        if (input == null) {
            return "null";
        }
        String shown = input.length() <= QUOTED_INPUT_LIMIT ? input : input.substring(0, QUOTED_INPUT_LIMIT) + "…";
        return "\"" + shown + "\"";
    }
}
