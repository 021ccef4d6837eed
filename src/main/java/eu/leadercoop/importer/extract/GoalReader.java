package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads goals: the items of a goals list ({@code 1.}, {@code •}); a goals section of prose gives one goal per
 * paragraph. Where goals share a heading with the description ({@code Opis projektu oraz jego cele},
 * {@code Eesmärk ja lühikirjeldus}), the sentences that state an aim are the goals and the rest is the summary.
 */
final class GoalReader {

    /** Words that state an aim: "celem", "aims to"; any word with "eesmär" in it ("eesmärgiga", "põhieesmärk"). */
    private static final Set<String> GOAL_WORDS = Set.of("cel", "celem", "cele", "celami", "aim", "aims", "goal", "goals",
            "objective", "purpose");
    /** Beginnings of words that state an aim: "który służyłby wymianie doświadczeń" (which would serve). */
    private static final List<String> GOAL_BEGINNINGS = List.of("służy", "służył");

    /** Goals and the summary text around them. */
    record Result(List<String> goals, String summary, int start, int end) {
    }

    private GoalReader() {
    }

    /** Whether a lower-cased sentence states an aim. */
    static boolean statesAnAim(String lower) {
        if (lower.contains("eesmär")) {
            return true;
        }
        int i = 0;
        int n = lower.length();
        while (i < n) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < n && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i > start && isGoalWord(lower.substring(start, i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isGoalWord(String word) {
        if (GOAL_WORDS.contains(word)) {
            return true;
        }
        for (String b : GOAL_BEGINNINGS) {
            if (word.startsWith(b)) {
                return true;
            }
        }
        return false;
    }

    static Result read(List<Section> sections, Marks marks) {
        List<String> goals = new ArrayList<>();
        StringBuilder summary = new StringBuilder();
        int start = -1;
        int end = -1;
        for (Section s : sections) {
            boolean goalSection = s.kind() == SectionKind.GOALS;
            boolean description = s.kind() == SectionKind.DESCRIPTION;
            if (!goalSection && !description) {
                continue;
            }
            boolean mixed = s.hasLabel(SectionKind.GOALS) && s.hasLabel(SectionKind.DESCRIPTION);
            List<ListItems.Piece> pieces = ListItems.read(s.valueAndBody());
            if (goalSection && ListItems.hasItems(pieces)) {
                for (ListItems.Piece p : pieces) {
                    if (p.item()) {
                        goals.add(Text.trimItem(p.text()));
                        marks.place(p.lines());
                        start = start < 0 ? p.start() : start;
                        end = p.end();
                    }
                }
                continue;
            }
            for (ListItems.Piece p : pieces) {
                marks.place(p.lines());
                if (goalSection && !mixed) {
                    goals.add(Text.trimItem(p.text()));
                    start = start < 0 ? p.start() : start;
                    end = p.end();
                    continue;
                }
                boolean found = false;
                // "Eesmärk ja lühikirjeldus": the aim comes first; "Opis projektu oraz jego cele": look for it
                boolean goalFirst = !s.labels().isEmpty() && s.labels().get(0).kind() == SectionKind.GOALS;
                if ((mixed && !goalFirst) || description) {
                    for (Sentences.Sentence sentence : Sentences.split(p.text())) {
                        if (statesAnAim(Text.lower(sentence.text())) && s.hasLabel(SectionKind.GOALS)) {
                            goals.add(sentence.text());
                            found = true;
                            start = start < 0 ? p.start() : start;
                            end = p.end();
                        }
                    }
                }
                if (!found && goalSection && goals.isEmpty()) {
                    List<Sentences.Sentence> sentences = Sentences.split(p.text());
                    if (!sentences.isEmpty()) {
                        goals.add(sentences.get(0).text());
                        start = p.start();
                        end = p.end();
                    }
                }
                summary.append(summary.isEmpty() ? "" : "\n\n").append(p.text());
            }
        }
        return new Result(goals, summary.isEmpty() ? null : summary.toString(), start, end);
    }
}
