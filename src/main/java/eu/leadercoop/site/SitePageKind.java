package eu.leadercoop.site;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The site's own pages; each is at {@code /slug} and linked from every page's footer. */
public enum SitePageKind {
    ABOUT, CONTACT, PRIVACY, ACCESSIBILITY, LEGAL;

    public String slug() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<SitePageKind> ofSlug(String slug) {
        return Arrays.stream(values()).filter(k -> k.slug().equals(slug)).findFirst();
    }
}
