package eu.leadercoop.reports.export;

import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.ProjectDetails;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole published registry as one JSON file: every published project exactly as
 * {@code GET /api/projects/{id}} returns it, and the organisations as {@code GET /api/organisations} lists
 * them. Its format is documented by the JSON Schema {@code reports/open-data.schema.json} (draft 2020-12),
 * served at {@value #SCHEMA_PATH}.
 */
@Component
public class OpenData {

    public static final String FORMAT = "leadercoop-open-data";
    public static final int FORMAT_VERSION = 1;
    public static final String SCHEMA_PATH = "/api/export/open-data.schema.json";
    private static final String SCHEMA_RESOURCE = "/reports/open-data.schema.json";

    /** The file's top level. {@code schema} is the schema's absolute address. */
    public record OpenDataFile(String format, int formatVersion, Instant generatedAt, String schema,
            int projectCount, int organisationCount, List<ProjectDetails> projects,
            List<OrganisationSummary> organisations, OpenDataLicence.Licence licence) {
    }

    private final PublishedRegistry registry;
    private final JsonMapper json;
    private final Clock clock;
    private final OpenDataLicence licence;

    OpenData(PublishedRegistry registry, JsonMapper json, Clock clock, OpenDataLicence licence) {
        this.registry = registry;
        this.json = json;
        this.clock = clock;
        this.licence = licence;
    }

    /** Writes the file; {@code siteUrl} is where the site (and so the schema) is published. */
    public void write(String siteUrl, OutputStream out) {
        List<ProjectDetails> projects = registry.projects();
        List<OrganisationSummary> organisations = registry.organisations();
        json.writeValue(out, new OpenDataFile(FORMAT, FORMAT_VERSION, Instant.now(clock), siteUrl + SCHEMA_PATH,
                projects.size(), organisations.size(), projects, organisations, licence.licence()));
    }

    /** The JSON Schema of the file, as shipped. */
    public static byte[] schema() {
        try (InputStream in = OpenData.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
