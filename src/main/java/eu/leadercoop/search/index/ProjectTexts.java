package eu.leadercoop.search.index;

import eu.leadercoop.registry.model.Activity;
import eu.leadercoop.registry.model.Event;
import eu.leadercoop.registry.model.ExpectedResult;
import eu.leadercoop.registry.model.Goal;
import eu.leadercoop.registry.model.MediaItem;
import eu.leadercoop.registry.model.Project;
import java.util.ArrayList;
import java.util.List;

/**
 * A project's texts besides its titles, all in the project's language: summary, target groups, goals,
 * expected results, activities, events, media and funding texts. What the index searches as the
 * project's body and where its concepts are found.
 */
public final class ProjectTexts {

    private ProjectTexts() {
    }

public static List<String> of(Project p) {
        List<String> texts = new ArrayList<>();
        addIfPresent(texts, p.getSummary());
        texts.addAll(p.getTargetGroups());
        p.getGoals().stream().map(Goal::getText).forEach(texts::add);
        p.getExpectedResults().stream().map(ExpectedResult::getText).forEach(texts::add);
        p.getActivities().stream().map(Activity::getText).forEach(texts::add);
        for (Event e : p.getEvents()) {
            texts.add(e.getTitle());
            addIfPresent(texts, e.getPlace());
            addIfPresent(texts, e.getDescription());
        }
        for (MediaItem m : p.getMediaItems()) {
            texts.add(m.getTitle());
            addIfPresent(texts, m.getOutlet());
        }
        p.getFunding().ifPresent(f -> {
            addIfPresent(texts, f.programme());
            addIfPresent(texts, f.priority());
            addIfPresent(texts, f.objective());
            addIfPresent(texts, f.measure());
        });
        return texts;
    }

    private static void addIfPresent(List<String> texts, String text) {
        if (text != null && !text.isBlank()) {
            texts.add(text);
        }
    }
}
