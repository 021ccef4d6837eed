package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.ExpectedResult;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads expected results: each item or sentence under a results label, with the targets it states. A sentence
 * with two targets ("ca 200 inimest ... ning ca 20 algatuse") gives two results, each with its own clause.
 * Targets stated in activities ({@code 5 tööpäeva mentortuge igale külale}) are indicators too and are added.
 */
final class ResultReader {

    record Result(List<ExpectedResult> results, int start, int end) {
    }

    /** Between two targets a plain comma also separates: "150 uczestników, 1 publikacja". */
    private static final Pattern LIST_BREAK = Pattern.compile(",? ning (?:ka )?|, (?:ja|oraz|and|a także|as well as) |; |, ");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(",? ning (?:ka )?|, (?:ja|oraz|and|a także|as well as) |; ");

    private ResultReader() {
    }

    static Result read(List<Section> sections, List<ListItems.Piece> activityPieces,
                       List<DescriptionSentences.Found> described, Marks marks) {
        List<ExpectedResult> results = new ArrayList<>();
        int start = -1;
        int end = -1;
        for (Section s : sections) {
            if (s.kind() != SectionKind.RESULTS) {
                continue;
            }
            for (ListItems.Piece p : ListItems.read(s.valueAndBody())) {
                marks.place(p.lines());
                start = start < 0 ? p.start() : start;
                end = p.end();
                List<Sentences.Sentence> sentences = p.item()
                        ? List.of(new Sentences.Sentence(p.text(), 0, p.text().length()))
                        : Sentences.split(p.text());
                for (Sentences.Sentence sentence : sentences) {
                    addSentence(Text.trimItem(sentence.text()), results, true, true);
                }
            }
        }
        if (sections.stream().noneMatch(s -> s.kind() == SectionKind.RESULTS)) {
            // no results section: what the description says the project will enable
            for (DescriptionSentences.Found f : described) {
                addSentence(f.text(), results, true, true);
                start = start < 0 ? f.piece().start() : start;
                end = Math.max(end, f.piece().end());
            }
        }
        for (ListItems.Piece p : activityPieces) {
            for (Sentences.Sentence sentence : Sentences.split(p.text())) {
                addSentence(Text.trimItem(sentence.text()), results, false, false);
            }
        }
        return new Result(results, start, end);
    }

    /**
     * The results of one sentence; {@code anyUnit} where it was written as a result, so that its numbers count
     * whatever they count, while an activity's only give results in units of the vocabulary.
     */
    private static void addSentence(String sentence, List<ExpectedResult> results, boolean keepWithoutTarget,
                                    boolean anyUnit) {
        List<TargetReader.Target> targets = TargetReader.findAll(Text.lower(sentence), anyUnit);
        if (targets.isEmpty()) {
            if (keepWithoutTarget && !sentence.isEmpty()) {
                results.add(new ExpectedResult(sentence, null, null, false));
            }
            return;
        }
        for (TargetReader.Target t : targets) {
            if (results.stream().anyMatch(r -> t.unit().equals(r.unit()) && r.target().compareTo(t.value()) == 0)) {
                continue;
            }
            String text = targets.size() == 1 ? sentence : clause(sentence, t, anyUnit);
            results.add(new ExpectedResult(text, t.value(), t.unit(), t.approximate()));
        }
    }

    /** The part of the sentence between the joiners around the target. */
    private static String clause(String sentence, TargetReader.Target t, boolean anyUnit) {
        String strong = clauseAt(CLAUSE_BREAK, sentence, t);
        List<TargetReader.Target> inside = TargetReader.findAll(Text.lower(strong), anyUnit);
        return inside.size() > 1 ? clauseAt(LIST_BREAK, sentence, t) : strong;
    }

    private static String clauseAt(Pattern breaks, String sentence, TargetReader.Target t) {
        var m = breaks.matcher(sentence);
        int from = 0;
        int to = sentence.length();
        while (m.find()) {
            if (m.end() <= t.start()) {
                from = m.end();
            } else if (m.start() >= t.end()) {
                to = m.start();
                break;
            }
        }
        return Text.trimItem(sentence.substring(from, to));
    }
}
