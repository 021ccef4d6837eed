package eu.leadercoop.importer;

import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes drafts as the JSON of DESIGN.md's contract. The records carry their JSON names themselves, so the
 * command line (no Spring) and {@code POST /api/extract} (Spring's mapper) print the same.
 */
public final class ExtractionJson {

    private static final ObjectWriter PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build()
            .writer();

    private ExtractionJson() {
    }

    /** One outcome as indented JSON. */
    public static String write(ExtractionOutcome outcome) {
        return PRETTY.writeValueAsString(outcome);
    }
}
