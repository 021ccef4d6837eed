package eu.leadercoop.search.thesaurus;

import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.search.Concept;
import eu.leadercoop.search.ConceptGroup;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads a thesaurus file: tab-separated, {@code #} starts a comment line, one header line
 * {@code id group code source et pl en lv lt fi sv de fr cs}, then one concept per line with its terms
 * per language separated by {@code " | "}. Every problem of the file is collected with its line number
 * and reported at once ({@link ThesaurusFormatException}): a concept without a term in a required
 * language, an id used twice, an unknown group, a code that does not fit its group.
 */
public final class ThesaurusFile {

    /** The columns of the header, in order. */
    public static final List<String> COLUMNS = List.of("id", "group", "code", "source", "et", "pl", "en", "lv", "lt", "fi", "sv",
            "de", "fr", "cs");
    /** Languages every concept must have a term in. */
    public static final List<String> REQUIRED_LANGUAGES = List.of("et", "pl", "en", "lv", "lt", "fi", "sv", "de");
    public static final List<String> LANGUAGES = COLUMNS.subList(4, COLUMNS.size());

    private static final Pattern ID = Pattern.compile("[\\p{Alnum}][\\p{Alnum}._:-]*");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern TERM_SEPARATOR = Pattern.compile("\\s*\\|\\s*");

    private ThesaurusFile() {
    }

    /**
     * The concepts of one file named {@code name} (for messages); {@code seenIds} holds the ids of files
     * read before, so that an id is unique across all of them, and gets this file's ids added.
     */
    public static List<Concept> read(String name, Reader text, Set<String> seenIds) throws IOException {
        List<Concept> concepts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        boolean header = false;
        BufferedReader lines = new BufferedReader(text);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (!header) {
                header = true;
                List<String> names = Arrays.stream(cells).map(String::strip).toList();
                if (!names.equals(COLUMNS)) {
                    problems.add(name + ":" + number + ": the header must be " + String.join(" ", COLUMNS) + ", not " + String.join(" ", names));
                    break;
                }
                continue;
            }
            Concept concept = concept(cells, name + ":" + number + ": ", problems, seenIds);
            if (concept != null) {
                concepts.add(concept);
            }
        }
        if (!header) {
            problems.add(name + ": no header line");
        }
        if (!problems.isEmpty()) {
            throw new ThesaurusFormatException(problems);
        }
        return concepts;
    }

    private static Concept concept(String[] cells, String at, List<String> problems, Set<String> seenIds) {
        // fr and cs may be left off at the end of a line
        if (cells.length < COLUMNS.size() - 2 || cells.length > COLUMNS.size()) {
            problems.add(at + "expected " + COLUMNS.size() + " tab-separated columns, found " + cells.length);
            return null;
        }
        int before = problems.size();
        String id = cells[0].strip();
        if (!ID.matcher(id).matches()) {
            problems.add(at + "the id '" + id + "' must be letters, digits and . _ : -");
        } else if (!seenIds.add(id)) {
            problems.add(at + "the id '" + id + "' is used twice");
        }
        ConceptGroup group = ConceptGroup.of(cells[1].strip()).orElse(null);
        if (group == null) {
            problems.add(at + id + ": unknown group '" + cells[1].strip() + "' (one of event, activity, theme, actor, funding, country, region)");
        }
        String code = cells[2].strip();
        if (group != null) {
            checkCode(group, code, at + id + ": ", problems);
        }
        Map<String, List<String>> terms = new LinkedHashMap<>();
        for (int i = 0; i < LANGUAGES.size(); i++) {
            String cell = 4 + i < cells.length ? cells[4 + i].strip() : "";
            List<String> list = cell.isEmpty() ? List.of()
                    : Arrays.stream(TERM_SEPARATOR.split(cell)).map(String::strip).filter(t -> !t.isEmpty()).distinct().toList();
            if (!list.isEmpty()) {
                terms.put(LANGUAGES.get(i), list);
            } else if (REQUIRED_LANGUAGES.contains(LANGUAGES.get(i))) {
                problems.add(at + id + ": no term in the required language " + LANGUAGES.get(i));
            }
        }
        if (problems.size() > before) {
            return null;
        }
        return new Concept(id, group, code.isEmpty() ? null : code, cells[3].strip(), terms);
    }

    private static void checkCode(ConceptGroup group, String code, String at, List<String> problems) {
        switch (group) {
            case COUNTRY -> {
                if (!COUNTRY.matcher(code).matches()) {
                    problems.add(at + "a country needs its ISO 3166-1 code (EE), not '" + code + "'");
                }
            }
            case REGION -> {
                if (!REGION.matcher(code).matches()) {
                    problems.add(at + "a region needs its ISO 3166-2 code (EE-37), not '" + code + "'");
                }
            }
            case EVENT -> {
                if (!code.isEmpty() && Arrays.stream(EventType.values()).noneMatch(t -> t.name().equals(code))) {
                    problems.add(at + "'" + code + "' is not an event type of the registry (" + Arrays.toString(EventType.values()) + ")");
                }
            }
            default -> {
                // other groups may carry any code (a glossary's own identifier); it is kept as written
            }
        }
    }
}
