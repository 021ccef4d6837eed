package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads goals: the items of a goals list ({@code 1.}, {@code •}); a goals section of prose gives one goal per
 * paragraph. Where goals share a heading with the description ({@code Opis projektu oraz jego cele},
 * {@code Eesmärk ja lühikirjeldus}), the sentences that state an aim are the goals and the rest is the summary.
 */
final class GoalReader {

    /** Words that state an aim: "eesmärk", "celem", "aims to"; "który służyłby wymianie doświadczeń" (would serve). */
    private static final Pattern GOAL_WORD = Pattern.compile(
            "eesmär|(?<![\\p{L}])(?:cel|celem|cele|celami|służy\\p{L}*|służył\\p{L}*|aim|aims|goal|goals|objective"
                    + "|purpose)(?![\\p{L}])");

    /** Goals and the summary text around them. */
    record Result(List<String> goals, String summary, int start, int end) {
    }

    private GoalReader() {
    }

    /** Whether a lower-cased sentence states an aim. */
    static boolean statesAnAim(String lower) {
        return GOAL_WORD.matcher(lower).find();
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
