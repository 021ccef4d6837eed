package eu.leadercoop.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a project's name written without quotes, in the two constructions that mark it all the same:
 * <ul>
 * <li>the naming word joined to the name by a hyphen, on a line of its own ({@code Youthful Heritage -hanke},
 * {@code Outdoor Leader -hanke}): the Finnish way of naming a project, and the Swedish {@code -projektet};</li>
 * <li>a word for "called" and a colon, the name up to the end of its sentence ({@code projektu współpracy pod
 * roboczą nazwą: Festiwal Kulinarny: Tradycje wsi polskiej i czeskiej.}).</li>
 * </ul>
 */
final class UnquotedNames {

    private static final int MAX_WORDS = 12;
    private static final String NAMING = "(?:" + Vocabulary.get().alternation("title.naming") + ")";
    private static final Pattern SUFFIXED = Pattern.compile(
            "^(\\p{Lu}[^„“”\"«»:]{1,120}?)\\s?-" + NAMING + "$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern CALLED_COLON = Pattern.compile(
            "(?<![\\p{L}\\p{N}])" + NAMING + "(?:\\s+\\p{L}+){0,3}?\\s+(?:" + Vocabulary.get().alternation("title.called")
                    + ")\\s*:\\s*(\\p{Lu}[^„“”\"«»\\n]{2,150}?)(?:\\.(?=\\s|$)|$)",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private UnquotedNames() {
    }

    /** The name of a line that is a name and its hyphenated naming word, or null. */
    static NamedProjects.Name suffixed(Line line) {
        if (line.isBlank() || Text.countWords(line.text()) > MAX_WORDS) {
            return null;
        }
        Matcher m = SUFFIXED.matcher(line.text());
        if (!m.matches()) {
            return null;
        }
        return new NamedProjects.Name(m.group(1).strip(), line.start() + m.start(1), line.start() + m.start(1)
                + m.group(1).strip().length(), line.index(), true);
    }

    /** The first name after a "called" word and a colon on the line, or null. */
    static NamedProjects.Name called(Line line) {
        if (line.isBlank() || line.text().indexOf(':') < 0) {
            return null;
        }
        Matcher m = CALLED_COLON.matcher(line.text());
        if (!m.find() || Text.countWords(m.group(1)) > MAX_WORDS) {
            return null;
        }
        return new NamedProjects.Name(m.group(1).strip(), line.start() + m.start(1), line.start() + m.end(1),
                line.index(), false);
    }
}
