package eu.leadercoop.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;

/**
 * The reader's language: the one they picked in the header (kept in a cookie), else the best match
 * of their browser's Accept-Language among et, pl and en, else English.
 */
class LanguageResolver extends CookieLocaleResolver {

    LanguageResolver() {
        super("leadercoop-lang");
        setDefaultLocaleFunction(LanguageResolver::fromBrowser);
    }

    private static Locale fromBrowser(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        if (header == null || header.isBlank()) {
            return Languages.SUPPORTED.getFirst();
        }
        try {
            Locale match = Locale.lookup(Locale.LanguageRange.parse(header), Languages.SUPPORTED);
            return match != null ? match : Languages.SUPPORTED.getFirst();
        } catch (IllegalArgumentException malformed) {
            return Languages.SUPPORTED.getFirst();
        }
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        if (locale == null || Languages.isSupported(locale.getLanguage())) {
            super.setLocale(request, response, locale);
        }
    }
}
