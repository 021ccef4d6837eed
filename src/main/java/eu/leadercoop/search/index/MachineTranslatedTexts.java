package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.MachineTranslation;
import eu.leadercoop.registry.model.Project;
import java.util.Map;
import org.hibernate.search.engine.backend.document.DocumentElement;

/**
 * The project document's share of machine translations: each current translation (made from the text as
 * written now) goes into the body field of its language, so a reader's query in their own language finds
 * a project written in another through its stored translation. Titles go there too, since a project may
 * have a title of its own in that language already. Kept apart from {@link ProjectBinder} so the binder's
 * other work can change without touching this.
 */
final class MachineTranslatedTexts {

    /** The property the binder declares as a dependency, so that a stored translation reindexes the project. */
    static final String DEPENDENCY = "machineTranslations";

    private MachineTranslatedTexts() {
    }

    static void write(DocumentElement doc, Project p, Map<String, ProjectBinder.TextField> bodies) {
        for (MachineTranslation t : p.currentMachineTranslations()) {
            ProjectBinder.TextField body = bodies.get(t.getLanguage());
            if (body != null) {
                body.write(doc, t.getText());
            }
        }
    }
}
