package eu.leadercoop.search;

import eu.leadercoop.search.analysis.Analyzers;
import eu.leadercoop.search.thesaurus.TermMatcher;
import eu.leadercoop.search.thesaurus.ThesaurusFile;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The LEADER thesaurus: concepts (kinds of events and activities, themes, actors, funding words,
 * countries and regions) with their terms in Estonian, Polish, English, Latvian, Lithuanian, Finnish,
 * Swedish, German and, where known, French and Czech. Shipped as data: every {@code .tsv} file under
 * {@code search/thesaurus/} on the class path (see {@link ThesaurusFile} for the format), checked when
 * loaded.
 *
 * <p>The search uses it at both ends. A project gets the concepts its texts mention ({@link #conceptsIn});
 * a query's words that are a concept's term ({@link #mentionsIn}) also find the projects with that
 * concept, whichever language and inflection they use. Terms are matched after the index's own
 * analysis (Estonian light stemmer, Polish lemmas, English stems, folding; see {@link TermMatcher}), so
 * {@code õppereisidel} is a mention of {@code õppereis} and {@code Estonii} of {@code Estonia}. Thread-safe.
 */
public final class Thesaurus {

    /** Where the application's thesaurus files are. */
    public static final String FILES = "classpath*:search/thesaurus/*.tsv";

    private final List<Concept> concepts;
    private final Map<String, Concept> byId = new LinkedHashMap<>();
    private final TermMatcher matcher;
    private final String fingerprint;

    private Thesaurus(List<Concept> concepts) {
        this.concepts = List.copyOf(concepts);
        concepts.forEach(c -> byId.put(c.id(), c));
        this.matcher = new TermMatcher(this.concepts);
        this.fingerprint = digest(this.concepts);
    }

    private static String digest(List<Concept> concepts) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Concept c : concepts) {
                sha.update((c.id() + "\t" + c.group() + "\t" + c.code() + "\t" + new TreeMap<>(c.terms()) + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no SHA-256 in this JVM", e);
        }
    }

    /** The thesaurus of the given concepts. */
    public static Thesaurus of(List<Concept> concepts) {
        return new Thesaurus(concepts);
    }

    /** The application's thesaurus: every file matching {@link #FILES}, in file name order. */
    public static Thesaurus load() {
        return load(FILES);
    }

    /**
     * The thesaurus of every file matching the Spring resource pattern {@code files}, read in file name
     * order; an id may appear in one file only.
     *
     * @throws eu.leadercoop.search.thesaurus.ThesaurusFormatException when a file is not right
     */
    public static Thesaurus load(String files) {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(files);
            Arrays.sort(found, Comparator.comparing(r -> String.valueOf(r.getFilename())));
            List<Concept> concepts = new ArrayList<>();
            Set<String> ids = new HashSet<>();
            for (Resource file : found) {
                try (Reader text = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                    concepts.addAll(ThesaurusFile.read(String.valueOf(file.getFilename()), text, ids));
                }
            }
            return new Thesaurus(concepts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the thesaurus files " + files, e);
        }
    }

    public List<Concept> concepts() {
        return concepts;
    }

    public Optional<Concept> concept(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** The name of concept {@code id} in {@code language} (see {@link Concept#label}), or the id itself when unknown. */
    public String label(String id, String language) {
        Concept concept = byId.get(id);
        return concept == null ? id : concept.label(language);
    }

    /**
     * The concepts a text written in {@code language} mentions, in order of first mention: terms of its
     * language after that language's analysis, and any language's terms as written (only folded).
     */
    public Set<String> conceptsIn(String text, String language) {
        Set<String> ids = new LinkedHashSet<>();
        String own = TermMatcher.analyserOf(language);
        matcher.find(text, own).forEach(m -> ids.add(m.conceptId()));
        if (!own.equals(Analyzers.FOLDED)) {
            matcher.find(text, Analyzers.FOLDED).forEach(m -> ids.add(m.conceptId()));
        }
        return ids;
    }

    /**
     * The concepts a record mentions: each title in its own language ({@code titles} by language code),
     * every other text in the record's {@code language}.
     */
    public Set<String> conceptsIn(Map<String, String> titles, String language, Collection<String> texts) {
        Set<String> ids = new LinkedHashSet<>();
        titles.forEach((titleLanguage, title) -> ids.addAll(conceptsIn(title, titleLanguage)));
        texts.forEach(text -> ids.addAll(conceptsIn(text, language)));
        return ids;
    }

    /**
     * A short digest of every concept's id, group, code and terms: an index built with another
     * thesaurus holds other concepts and must be rebuilt.
     */
    public String fingerprint() {
        return fingerprint;
    }

    /**
     * Where the words someone typed name a concept, in any language the index analyses (the reader's
     * language says nothing about the language typed): each with the characters of {@code words} it covers.
     */
    public List<TermMatcher.Match> mentionsIn(String words) {
        List<TermMatcher.Match> found = new ArrayList<>();
        for (String analyser : List.of(Analyzers.ESTONIAN, Analyzers.POLISH, Analyzers.ENGLISH, Analyzers.FOLDED)) {
            found.addAll(matcher.find(words, analyser));
        }
        return found;
    }
}
