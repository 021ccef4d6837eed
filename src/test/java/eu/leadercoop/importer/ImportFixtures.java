package eu.leadercoop.importer;

import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.OrganisationSummary;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDraft;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Registry content for import tests: the example data's organisations and hand-entered projects. */
public final class ImportFixtures {

    private ImportFixtures() {
    }

    /**
     * Makes sure the registry knows the organisations of {@code examples/organisations.json} (every partner of the
     * seeds, with the aliases entered by hand), and no more: a test context starts without them.
     */
    public static synchronized void registryOrganisations(Organisations organisations, JsonMapper json) {
        if (!organisations.findByName("MTÜ Ida-Harju Koostöökoda").isEmpty()) {
            return;
        }
        for (OrganisationDraft d : read(json, "/examples/organisations.json", new TypeReference<List<OrganisationDraft>>() { })) {
            organisations.create(d);
        }
    }

    public static OrganisationSummary organisation(Organisations organisations, String name) {
        return organisations.findByName(name).stream().findFirst().orElseThrow();
    }

    /** A hand-entered example project, as the example data loads it. */
    public static ProjectDraft exampleProject(JsonMapper json, String file) {
        return read(json, "/examples/projects/" + file, new TypeReference<ProjectDraft>() { });
    }

    private static <T> T read(JsonMapper json, String resource, TypeReference<T> type) {
        try (InputStream in = ImportFixtures.class.getResourceAsStream(resource)) {
            return json.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
