package eu.leadercoop.web;

import java.util.List;
import java.util.Locale;

/** The languages the site speaks. The first is the fallback for browsers that ask for none of them. */
public final class Languages {

    public static final List<Locale> SUPPORTED = List.of(Locale.ENGLISH, Locale.forLanguageTag("et"), Locale.forLanguageTag("pl"));

    private Languages() {
    }

    public static boolean isSupported(String code) {
        return code != null && SUPPORTED.stream().anyMatch(l -> l.getLanguage().equals(code));
    }
}
