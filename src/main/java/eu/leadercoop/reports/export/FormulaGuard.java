package eu.leadercoop.reports.export;

/**
 * Keeps text from a record from being run as a spreadsheet formula (CSV injection): a CSV cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe, the
 * mark spreadsheets themselves use for "this is text". So {@code =HYPERLINK(...)} is exported as
 * {@code '=HYPERLINK(...)}; numbers are written as numbers and never guarded. In XLSX, text is stored as
 * text cells, which are never evaluated: there the value stays as written and the cell is marked
 * quote-prefixed instead, which is what the apostrophe means there.
 */
public final class FormulaGuard {

    private FormulaGuard() {
    }

    /** Whether a spreadsheet could read {@code text} as the start of a formula. */
    public static boolean looksLikeFormula(String text) {
        if (text == null || text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    /** {@code text} safe for a CSV cell. */
    public static String csv(String text) {
        return looksLikeFormula(text) ? "'" + text : text;
    }
}
