package eu.leadercoop.partners;

/** A directory file that cannot be read: the message starts with the file name and line number. */
public class DirectoryFormatException extends RuntimeException {

    private final String file;
    private final int line;
    private final String problem;

    public DirectoryFormatException(String file, int line, String problem) {
        super(file + " line " + line + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    /** What is wrong, without the file and line ({@code unknown kind 'lgd', one of [...]}). */
    public String problem() {
        return problem;
    }

    /** The file name, e.g. {@code lags-ee.csv}. */
    public String file() {
        return file;
    }

    /** The 1-based line on which the faulty row starts. */
    public int line() {
        return line;
    }
}
