package eu.leadercoop.registry.web;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import eu.leadercoop.registry.MachineTranslated;
import eu.leadercoop.registry.ProjectDetails;
import java.util.Map;

/**
 * {@code GET /api/projects/{id}}: every field of the record as before, and beside them
 * {@code machine_translations}: the texts machine-translated from the record's own language, by the
 * language they were translated into (an empty object when there are none). The originals stay where
 * they were; nothing is renamed.
 */
record ProjectJson(@JsonUnwrapped ProjectDetails project, Map<String, MachineTranslated> machineTranslations) {
}
