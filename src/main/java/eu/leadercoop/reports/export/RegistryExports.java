package eu.leadercoop.reports.export;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The registry's tables by the names the export URLs use: projects, events, organisations. */
@Component
public class RegistryExports {

    public static final List<String> TABLES = List.of("projects", "events", "organisations");

    private final PublishedRegistry registry;

    RegistryExports(PublishedRegistry registry) {
        this.registry = registry;
    }

    /** The table of this name over the published registry; empty for a name that is not one of {@link #TABLES}. */
    public Optional<ExportTable> table(String name) {
        return switch (name) {
            case "projects" -> Optional.of(RegistryTables.projects(registry.projects()));
            case "events" -> Optional.of(RegistryTables.events(registry.projects()));
            case "organisations" -> Optional.of(RegistryTables.organisations(registry.organisations()));
            default -> Optional.empty();
        };
    }
}
