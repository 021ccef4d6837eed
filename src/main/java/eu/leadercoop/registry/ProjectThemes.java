package eu.leadercoop.registry;

import eu.leadercoop.registry.model.Project;
import java.util.List;

/**
 * The themes of a project, worked out outside the registry (the search module finds them in the
 * project's texts with its thesaurus). The registry shows them with a project and asks for them
 * through this interface, so that it does not depend on the search. Without an implementation a
 * project has no themes.
 */
public interface ProjectThemes {

    /** The themes {@code project} is about, labelled in {@code lang} (et, pl, en; null means the project's own). */
    List<ProjectDetails.Theme> of(Project project, String lang);
}
