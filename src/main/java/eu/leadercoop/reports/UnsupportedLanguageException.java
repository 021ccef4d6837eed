package eu.leadercoop.reports;

/** A report was asked in a language the site does not speak. */
public class UnsupportedLanguageException extends RuntimeException {

    private final String language;

    public UnsupportedLanguageException(String language) {
        super("Unknown language '" + language + "': reports are written in et, pl or en.");
        this.language = language;
    }

    public String language() {
        return language;
    }
}
