package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.OrganisationDraft;
import eu.leadercoop.registry.Organisations;
import eu.leadercoop.registry.ProjectDraft;
import eu.leadercoop.registry.Projects;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Comparator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Loads the example projects (the seed texts entered by hand, {@code classpath:examples/}) into an
 * empty registry on first start, through the same checks as any other submission. Turned off with
 * {@code leadercoop.examples.enabled=false}.
 */
// Before the LAG directory is loaded (partners module): the examples load only into an empty registry.
@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE - 100)
@Component
@ConditionalOnProperty(name = "leadercoop.examples.enabled", havingValue = "true", matchIfMissing = true)
class ExampleData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(ExampleData.class);

    private final Projects projects;
    private final Organisations organisations;
    private final OrganisationRepository organisationRepository;
    private final JsonMapper json;
    private final ResourcePatternResolver resources;
    private final TransactionTemplate transaction;

    ExampleData(Projects projects, Organisations organisations, OrganisationRepository organisationRepository,
            JsonMapper json, ResourcePatternResolver resources, TransactionTemplate transaction) {
        this.projects = projects;
        this.organisations = organisations;
        this.organisationRepository = organisationRepository;
        this.json = json;
        this.resources = resources;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) throws IOException {
        if (projects.count() > 0 || organisationRepository.count() > 0) {
            return;
        }
        Resource[] projectFiles = resources.getResources("classpath:examples/projects/*.json");
        Arrays.sort(projectFiles, Comparator.comparing(Resource::getFilename));
        // All or nothing: a half-loaded example set would never be completed, as loading needs an empty registry.
        transaction.executeWithoutResult(status -> {
            try (InputStream in = resources.getResource("classpath:examples/organisations.json").getInputStream()) {
                json.readValue(in, new TypeReference<java.util.List<OrganisationDraft>>() { })
                        .forEach(organisations::create);
                for (Resource file : projectFiles) {
                    try (InputStream project = file.getInputStream()) {
                        projects.create(json.readValue(project, ProjectDraft.class));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the example data", e);
            }
        });
        log.info("Loaded {} example projects", projectFiles.length);
    }
}
