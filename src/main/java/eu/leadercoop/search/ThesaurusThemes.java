package eu.leadercoop.search;

import eu.leadercoop.registry.ProjectDetails;
import eu.leadercoop.registry.ProjectThemes;
import eu.leadercoop.registry.model.Project;
import eu.leadercoop.search.index.ProjectTexts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * A project's themes for the registry's pages, API and exports: the concepts of group theme its
 * texts mention, found the way the index finds them (so the page shows what the theme facet counts),
 * labelled from the thesaurus in the reader's language.
 */
@Component
class ThesaurusThemes implements ProjectThemes {

    private final Thesaurus thesaurus;

    ThesaurusThemes(Thesaurus thesaurus) {
        this.thesaurus = thesaurus;
    }

    @Override
    public List<ProjectDetails.Theme> of(Project project, String lang) {
        String language = lang != null ? lang : project.getLanguage();
        return thesaurus.conceptsIn(project.getTitles(), project.getLanguage(), ProjectTexts.of(project)).stream()
                .map(id -> thesaurus.concept(id).orElseThrow())
                .filter(c -> c.group() == ConceptGroup.THEME)
                .map(c -> new ProjectDetails.Theme(c.id(), c.label(language)))
                .toList();
    }
}
