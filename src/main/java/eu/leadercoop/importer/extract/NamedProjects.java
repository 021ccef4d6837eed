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

    private static final String OPEN = "[„“\"«”‘]";
    private static final String CLOSE = "[”“\"»’]";
    private static final Pattern NAMED = Pattern.compile(
            "(?<![\\p{L}\\p{N}])(?:" + Vocabulary.get().alternation("title.naming") + ")"
                    + "(?:\\s*[:–-])?\\s*(?:(?:" + Vocabulary.get().alternation("title.called") + ")\\s*:?\\s*)?"
                    + OPEN + "\\s*([^„“”\"«»\\n]{2,200}?)\\s*" + CLOSE,
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private NamedProjects() {
    }

    /** Every formally named project of the lines, in the order written (a name written again is listed again). */
    static List<Name> in(List<Line> lines) {
        List<Name> names = new ArrayList<>();
        for (Line line : lines) {
            names.addAll(in(line));
        }
        return names;
    }

    /** The formally named projects of one line. */
    static List<Name> in(Line line) {
        List<Name> names = new ArrayList<>(1);
        if (line.isBlank() || line.text().length() < 6) {
            return names;
        }
        Matcher m = NAMED.matcher(line.text());
        while (m.find()) {
            String name = m.group(1).strip();
            if (isName(name)) {
                names.add(new Name(name, line.start() + m.start(1), line.start() + m.end(1), line.index(),
                        line.text().substring(0, m.start()).isBlank()));
            }
        }
        return names;
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
