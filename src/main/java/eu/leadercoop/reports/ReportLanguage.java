package eu.leadercoop.reports;

import eu.leadercoop.web.Languages;
import java.util.Locale;

/** The languages reports are written in: the site's own (et, pl, en). */
public final class ReportLanguage {

    private ReportLanguage() {
    }

    /** @throws UnsupportedLanguageException unless {@code lang} is null or one of et, pl, en */
    public static void check(String lang) {
        if (lang != null && !Languages.isSupported(lang)) {
            throw new UnsupportedLanguageException(lang);
        }
    }

    /** {@code lang} as a locale; when null, the project's language if the site speaks it, else English. */
    static Locale locale(String lang, String projectLanguage) {
        if (lang != null) {
            return Locale.forLanguageTag(lang);
        }
        return Languages.isSupported(projectLanguage) ? Locale.forLanguageTag(projectLanguage) : Locale.ENGLISH;
    }
}
