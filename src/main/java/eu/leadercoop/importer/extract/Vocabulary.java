package eu.leadercoop.importer.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The words of project pages in every language read, loaded once from {@code importer/vocabulary/LANG.txt}
 * (format in that folder's README): labels, role words, legal forms, programme names, period and money words,
 * and each language's frequent words. A new label or language is a line or a file there, not code.
 */
final class Vocabulary {

    private static final String FOLDER = "importer/vocabulary/";
    private static final Vocabulary INSTANCE = load();

    /** language code → key → alternatives as written in the file */
    private final Map<String, Map<String, List<String>>> entries;

    private Vocabulary(Map<String, Map<String, List<String>>> entries) {
        this.entries = entries;
    }

    static Vocabulary get() {
        return INSTANCE;
    }

    /** The languages read, in the order of {@code languages.txt}. */
    List<String> languages() {
        return List.copyOf(entries.keySet());
    }

    /** The keys one language's file has. */
    List<String> keysOf(String language) {
        return List.copyOf(entries.getOrDefault(language, Map.of()).keySet());
    }

    /** One language's alternatives for a key as written ({@code ~} and {@code #} not yet expanded). */
    List<String> written(String language, String key) {
        return entries.getOrDefault(language, Map.of()).getOrDefault(key, List.of());
    }

    /** Every language's alternatives for a key, as regular expressions, in the languages' order. */
    List<String> regexes(String key) {
        List<String> all = new ArrayList<>();
        for (String language : entries.keySet()) {
            for (String alternative : written(language, key)) {
                String regex = regex(alternative);
                if (!all.contains(regex)) {
                    all.add(regex);
                }
            }
        }
        return all;
    }

    /** One alternation of every language's alternatives for a key, or null when no language has the key. */
    String alternation(String key) {
        List<String> all = regexes(key);
        return all.isEmpty() ? null : String.join("|", all);
    }

    /**
     * A pattern that finds any alternative of the key as whole words, case-insensitively; it never matches when no
     * language has the key.
     */
    Pattern words(String key) {
        String alternation = alternation(key);
        if (alternation == null) {
            return Pattern.compile("(?!)");
        }
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + firstLetters(key) + "(?:" + alternation + ")(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /**
     * The same words as {@link #words}, matched the same, but tried at a position only with the alternatives that can
     * begin there: for readers that ask at every word of a page.
     */
    WordIndex index(String key) {
        return WordIndex.words(regexes(key));
    }

    /**
     * A look-ahead for the letters the key's words can begin with, in both cases, or nothing when one of them begins
     * with a pattern: at most word starts the match then fails on one character instead of trying every word of every
     * language (the alternation is matched case-insensitively, one word after another).
     */
    private String firstLetters(String key) {
        StringBuilder letters = new StringBuilder();
        for (String language : entries.keySet()) {
            for (String alternative : written(language, key)) {
                char c = alternative.isEmpty() ? '~' : alternative.charAt(0);
                if (!Character.isLetterOrDigit(c)) {
                    return "";
                }
                for (char d : new char[]{Character.toLowerCase(c), Character.toUpperCase(c), Character.toTitleCase(c)}) {
                    if (letters.indexOf(String.valueOf(d)) < 0) {
                        letters.append(d);
                    }
                }
            }
        }
        return letters.isEmpty() ? "" : "(?=[" + letters + "])";
    }

    /** {@code ~} is any letters, {@code #} a number such as {@code 1.2}; the rest is a regular expression. */
    static String regex(String alternative) {
        StringBuilder out = new StringBuilder(alternative.length() + 16);
        for (int i = 0; i < alternative.length(); i++) {
            char c = alternative.charAt(i);
            if (c == '~') {
                out.append("\\p{L}*");
            } else if (c == '#') {
                out.append("\\d+(?:\\.\\d+)*");
            } else if (c == ' ') {
                out.append(' ');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static Vocabulary load() {
        Map<String, Map<String, List<String>>> entries = new LinkedHashMap<>();
        for (String code : lines(FOLDER + "languages.txt")) {
            if (code.isEmpty()) {
                continue;
            }
            entries.put(code, parse(code, lines(FOLDER + code + ".txt")));
        }
        return new Vocabulary(entries);
    }

    /** Lines {@code key: a | b | c}; a key may come back on another line, its alternatives are added. */
    static Map<String, List<String>> parse(String language, List<String> lines) {
        Map<String, List<String>> keys = new LinkedHashMap<>();
        int number = 0;
        for (String line : lines) {
            number++;
            if (line.isEmpty()) {
                continue;
            }
            int colon = line.indexOf(": ");
            if (colon <= 0) {
                throw new IllegalStateException("importer/vocabulary/" + language + ".txt line " + number
                        + ": expected 'key: alternative | alternative', found '" + line + "'");
            }
            String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            List<String> values = keys.computeIfAbsent(key, k -> new ArrayList<>());
            for (String alternative : line.substring(colon + 2).split(" \\| ")) {
                String a = alternative.strip();
                if (!a.isEmpty()) {
                    values.add(key.equals("name") || key.equals("programme") ? a : a.toLowerCase(Locale.ROOT));
                }
            }
        }
        return keys;
    }

    /** The file's lines, stripped; blank lines and comments are empty. */
    private static List<String> lines(String resource) {
        InputStream in = Vocabulary.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                String t = line.strip();
                lines.add(t.isEmpty() || t.startsWith("#") ? "" : t);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // blank lines and comments keep their place (as empty lines) so that a message gives the file's line number
        return lines;
    }
}
