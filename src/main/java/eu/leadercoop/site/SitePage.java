package eu.leadercoop.site;

import java.time.Instant;

/**
 * One of the site's pages in one language. {@code body} is plain text with three marks: a line starting with
 * {@code ## } is a heading, lines starting with {@code - } are a list, a blank line ends a paragraph; addresses
 * ({@code https://...}) and e-mail addresses become links ({@link PageText}). Placeholders such as
 * {@code {contact_email}} are filled in when the page is shown. {@code updatedAt} and {@code updatedBy} are null
 * for the text shipped with the app, which is shown until an administrator saves one.
 */
public record SitePage(SitePageKind kind, String language, String title, String body, Instant updatedAt, String updatedBy) {

    public boolean edited() {
        return updatedAt != null;
    }
}
