package eu.leadercoop.tracking;

/**
 * A rates file that cannot be read as the ECB's CSV: the message names the line (and column) and what is
 * wrong there. Nothing of the file is stored.
 */
public class RatesFileException extends RuntimeException {

    private final int line;

    /** @param line the 1-based line the problem is on, 0 for the file as a whole */
    public RatesFileException(int line, String problem) {
        super(line > 0 ? "line " + line + ": " + problem : problem);
        this.line = line;
    }

    public int line() {
        return line;
    }
}
