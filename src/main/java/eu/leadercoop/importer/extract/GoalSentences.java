package eu.leadercoop.importer.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the goal a page states in prose where no goals section or goals list gives one: a sentence that opens
 * with words stating the project's aim (vocabulary {@code goal.sentence}: {@code Projekta mērķis ir …},
 * {@code Projekt ma upowszechniać …}, {@code The cooperation project sets out to …}). One such sentence is one
 * goal; a sentence that lists its aims ({@code Its key objectives were to: i) …; ii) …; and iii) …}) gives one
 * goal per item and wins over a sentence that states one aim.
 */
final class GoalSentences {

    private static final Pattern OPENING = Vocabulary.get().words("goal.sentence");
    /** How far into a sentence its opening words may stand ("Sadarbības projekta mērķis", "Dlatego celem projektu"). */
    private static final int OPENING_WITHIN = 30;

    private GoalSentences() {
    }

    /** The goals stated in prose, with the span of the sentence they came from; no goals when none is stated. */
    static GoalReader.Result read(List<Section> sections, GoalReader.Result otherwise, Marks marks) {
        Found first = null;
        for (Section s : sections) {
            if (!mayStateGoals(s.kind())) {
                continue;
            }
            for (Line line : s.valueAndBody()) {
                Found found = inLine(line);
                if (found != null && !found.goals().isEmpty() && found.goals().size() > 1) {
                    marks.place(line);
                    return found.result(otherwise.summary());
                }
                first = first == null ? found : first;
            }
        }
        if (first == null) {
            return otherwise;
        }
        return first.result(otherwise.summary());
    }

    private record Found(List<String> goals, int start, int end) {

        GoalReader.Result result(String summary) {
            return new GoalReader.Result(goals, summary, start, end);
        }
    }

    /** The line's first sentence that states an aim, as one goal or as the items it lists; null when none does. */
    private static Found inLine(Line line) {
        if (line.isBlank()) {
            return null;
        }
        Found first = null;
        for (Sentences.Sentence sentence : Sentences.split(line.text())) {
            Matcher m = OPENING.matcher(sentence.text());
            if (!m.find() || m.start() > OPENING_WITHIN) {
                continue;
            }
            int start = line.start() + sentence.start();
            int end = line.start() + sentence.end();
            List<String> items = InlineEnumeration.items(sentence.text().substring(m.end()));
            if (items.size() > 1) {
                return new Found(items, start, end);
            }
            first = first == null ? new Found(List.of(sentence.text()), start, end) : first;
        }
        return first;
    }

    /** Sections of prose about the project; not lists of partners, money, contacts or press. */
    private static boolean mayStateGoals(SectionKind kind) {
        return switch (kind) {
            case MEDIA, CONTACT, WEBSITE, REFERENCE, PERIOD, BUDGET, EVENTS -> false;
            default -> !kind.isPartnerList();
        };
    }
}
