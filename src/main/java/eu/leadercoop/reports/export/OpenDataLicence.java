package eu.leadercoop.reports.export;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The licence the site's open data is published under: named on the open-data page, inside the JSON file and the
 * XLSX workbooks, and in a {@code Link: <...>; rel="license"} header on every download. Settings
 * {@code leadercoop.open-data.licence-name} and {@code -url}; by default Creative Commons Attribution 4.0.
 */
@Component
public class OpenDataLicence {

    /** How the licence appears in the open-data file. */
    public record Licence(String name, String url) {
    }

    private final Licence licence;

    OpenDataLicence(@Value("${leadercoop.open-data.licence-name:CC BY 4.0}") String name,
            @Value("${leadercoop.open-data.licence-url:https://creativecommons.org/licenses/by/4.0/}") String url) {
        this.licence = new Licence(name.strip(), url.strip());
    }

    public String name() {
        return licence.name();
    }

    public String url() {
        return licence.url();
    }

    public Licence licence() {
        return licence;
    }

    /** The licence in one line, for files that have no place for a link of their own (an XLSX property). */
    public String statement() {
        return licence.name() + " (" + licence.url() + ")";
    }
}
