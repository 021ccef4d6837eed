package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds projects named formally: a naming word, perhaps a word such as {@code pn.} or {@code called}, then the
 * name in quotes ({@code koostööprojekt “Viru LEADER võrgustiku tugevdamine”}, {@code projekt współpracy pn.
 * „Bocian Biały w krajobrazie polskiej wsi”}, {@code projekta "Sēņu ceļš"}, {@code projektet ”Explore Europe”}).
 * The naming words are the vocabulary's {@code title.naming}, the words between {@code title.called}, in every
 * language. A name is the project's own; a heading that only describes the project gives way to it.
 */
final class NamedProjects {

    /** One quoted name and where it stands in the document. */
    record Name(String name, int start, int end, int lineIndex, boolean lineStart) {
    }

    private static final String OPEN = "[„“\"«”]";
    private static final String CLOSE = "[”“\"»]";
    /** A name may hold a quoted name of its own when the words go on after it ({@code VRG "No Salacas līdz Rūjai" un tās}). */
    private static final String NAME = "((?:[^„“”\"«»\\n]|" + OPEN + "\\p{Lu}[^„“”\"«»\\n]{0,80}" + CLOSE
            + "(?=\\s+\\p{Ll})){2,300})";
    /** A naming word (tried only where one can begin), perhaps a number and a word such as "called", the name. */
    private static final WordIndex NAMED = WordIndex.of(List.of(Vocabulary.get().regexes("title.naming")),
            naming -> "(?<![\\p{L}\\p{N}])(?:" + naming.get(0) + ")"
                    + "(?:\\s+(?:nr|no)\\.?\\s*[\\p{N}\\p{Lu}][\\w./-]*)?(?:\\s*[:–-])?\\s*(?:(?:" + Vocabulary.get().alternation("title.called") + ")\\s*:?\\s*)?"
                    + "(?:" + OPEN + "\\s*" + NAME + "\\s*" + CLOSE + "|‘([^‘’\\n]{2,200})’)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE, WordIndex.Before.WORD_START);
    /** "Projekt: EstPol sustainable communities": the naming word used as a label, the name after it. */
    private static final Pattern LABELLED = Pattern.compile(
            "^(?:" + Vocabulary.get().alternation("title.naming.label") + ")\\s*:\\s*(\\S.{2,200})$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NamedProjects() {
    }

    /** Every formally named project of the lines, in the order written (a name written again is listed again). */
    static List<Name> in(List<Line> lines) {
        List<Name> names = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            names.addAll(in(lines.get(i), i + 1 < lines.size() ? lines.get(i + 1) : null));
        }
        return names;
    }

    /**
     * The formally named projects that begin on a line; a name whose quotes close on the next line
     * ({@code pt. „Bocian Biały} / {@code w krajobrazie polskiej wsi”}) is read across the break.
     */
    static List<Name> in(Line line, Line next) {
        List<Name> names = new ArrayList<>(1);
        if (line.isBlank() || line.text().length() < 6) {
            return names;
        }
        String text = line.text();
        boolean joined = next != null && !next.isBlank() && next.index() == line.index() + 1;
        String window = joined ? text + " " + next.text() : text;
        if (!hasQuote(window)) {
            // every name is quoted: without a quote mark the pattern cannot match
            return names;
        }
        WordIndex.Finder m = NAMED.finder(window);
        while (m.find() && m.start() < text.length()) {
            int group = m.group(1) != null ? 1 : 2;
            String name = Text.squeeze(m.group(group));
            if (isName(name)) {
                names.add(new Name(name, offset(line, next, m.start(group)), offset(line, next, m.end(group)), line.index(),
                        text.substring(0, m.start()).isBlank()));
            }
        }
        return names;
    }

    /** "Projekt: EstPol sustainable communities": the name after a naming word used as a label, or null. */
    static Name labelled(Line line) {
        Matcher m = LABELLED.matcher(line.text());
        if (!m.matches() || Text.countWords(m.group(1)) > 25) {
            return null;
        }
        return new Name(m.group(1).strip(), line.start() + m.start(1), line.end(), line.index(), true);
    }

    private static boolean hasQuote(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("„“\"«”‘".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static int offset(Line line, Line next, int at) {
        return at <= line.text().length() ? line.start() + at : next.start() + at - line.text().length() - 1;
    }

    /** A name has letters and begins as a name does ({@code „…”} around a word of a sentence is not a name). */
    private static boolean isName(String name) {
        if (name.length() < 3 || name.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        // "projektu „Leader" metodo": a quote closed in the middle of a word
        return !name.endsWith(",");
    }
}
