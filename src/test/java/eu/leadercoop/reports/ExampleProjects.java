package eu.leadercoop.reports;

import eu.leadercoop.registry.ProjectSummary;
import eu.leadercoop.registry.Projects;
import org.springframework.data.domain.PageRequest;

/** The example projects' titles and how to find their ids in a freshly loaded registry. */
public final class ExampleProjects {

    public static final String PIIRKONDADE = "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine";
    public static final String ARUKAD_KULAD = "Arukate külade arenguprogramm";
    public static final String VUNKI_MANO = "Vunki mano! loometalgud";
    public static final String WSPOLPRACA = "Współpraca łączy regiony - dobre praktyki szansą rozwoju obszarów wiejskich";

    private ExampleProjects() {
    }

    public static long id(Projects projects, String title) {
        return projects.published(PageRequest.of(0, 100), null).stream()
                .filter(p -> p.title().equals(title)).map(ProjectSummary::id).findFirst()
                .orElseThrow(() -> new AssertionError("no example project " + title));
    }
}
