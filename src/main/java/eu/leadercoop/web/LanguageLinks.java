package eu.leadercoop.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The header's language links: the page being read, with its query and filters, in another language
 * ({@code /search?q=õppereis&country=EE} becomes {@code /search?q=%C3%B5ppereis&country=EE&lang=pl}). A bare
 * {@code ?lang=pl} dropped everything else. On an error page the address the reader asked for is kept, not
 * {@code /error}. Templates call it as {@code ${@languageLinks.link('pl')}}.
 */
@Component("languageLinks")
public class LanguageLinks {

    /** The current page's address (path and query, as the reader sent them) with {@code lang} set to {@code language}. */
    public String link(String language) {
        if (!Languages.isSupported(language)) {
            throw new IllegalArgumentException("not a language of the site: " + language);
        }
        if (!(RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)) {
            return "?lang=" + language;
        }
        return to(attributes.getRequest(), language);
    }

    static String to(HttpServletRequest request, String language) {
        String path = (String) request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String query = path != null ? (String) request.getAttribute(RequestDispatcher.ERROR_QUERY_STRING) : null;
        if (path == null) {
            path = (String) request.getAttribute(RequestDispatcher.FORWARD_REQUEST_URI);
            query = path != null ? (String) request.getAttribute(RequestDispatcher.FORWARD_QUERY_STRING) : null;
        }
        if (path == null) {
            path = request.getRequestURI();
            query = request.getQueryString();
        }
        // The path and query are already percent-encoded as received; only lang is replaced.
        return UriComponentsBuilder.fromPath(path).query(query).replaceQueryParam("lang", language)
                .build(true).toUriString();
    }
}
