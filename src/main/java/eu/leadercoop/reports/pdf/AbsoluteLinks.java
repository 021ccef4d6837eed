package eu.leadercoop.reports.pdf;

import java.util.Map;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.linkbuilder.StandardLinkBuilder;

/**
 * Context-relative links ({@code @{/organisations/12}}) written against the site's base URL, so that a
 * link in a PDF opens the page it names; outside a web request Thymeleaf would otherwise refuse them.
 */
class AbsoluteLinks extends StandardLinkBuilder {

    /** The template variable that holds the base URL, e.g. {@code https://leadercoop.example}. */
    static final String BASE_URL = "reportBaseUrl";

    @Override
    protected String computeContextPath(IExpressionContext context, String base, Map<String, Object> parameters) {
        Object url = context.getVariable(BASE_URL);
        String text = url == null ? "" : url.toString();
        return text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }
}
