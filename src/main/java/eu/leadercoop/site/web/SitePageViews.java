package eu.leadercoop.site.web;

import eu.leadercoop.site.PageText;
import eu.leadercoop.site.SitePage;
import java.util.List;
import java.util.Map;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A page's body in blocks, with the site's own values in its placeholders ({@code {contact_email}}, ...). */
@Component
class SitePageViews {

    private final Map<String, String> values;

    SitePageViews(@Value("${leadercoop.site.contact-email}") String contactEmail, @Value("${leadercoop.site-url}") String siteUrl,
            @Value("${leadercoop.open-data.licence-name:CC BY 4.0}") String licence,
            @Value("${leadercoop.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String licenceUrl) {
        this.values = Map.of("contact_email", contactEmail, "site_url", siteUrl.replaceAll("/+$", ""), "licence", licence,
                "licence_url", licenceUrl);
    }

    List<PageText.Block> blocks(SitePage page) {
        return PageText.blocks(page.body(), values);
    }

    /** The placeholders an administrator may write, with what they stand for now. */
    Map<String, String> placeholders() {
        return values;
    }
}
