package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * Every page speaks et, pl and en: message files of each bundle carry the same keys in all three
 * languages, and templates have no text that a reader would see unless it comes from a message.
 */
class I18nPropertiesSyncTest {

    static final Path MESSAGES = Path.of("src/main/resources/messages");
    static final Path TEMPLATES = Path.of("src/main/resources/templates");
    static final List<String> LANGUAGES = List.of("et", "pl");
    /** Attributes whose values a reader sees or hears. */
    static final List<String> VISIBLE_ATTRIBUTES = List.of("title", "alt", "placeholder", "aria-label");

    @Test
    void everyBundleHasTheSameKeysInEveryLanguage() throws IOException {
        List<String> bundles = bundles();
        assertThat(bundles).isNotEmpty();
        for (String bundle : bundles) {
            Set<String> english = load(MESSAGES.resolve(bundle + ".properties"));
            for (String lang : LANGUAGES) {
                Path file = MESSAGES.resolve(bundle + "_" + lang + ".properties");
                assertThat(file).as("%s in %s", bundle, lang).exists();
                Set<String> translated = load(file);
                assertThat(translated).as("keys of %s_%s.properties", bundle, lang).containsExactlyInAnyOrderElementsOf(english);
            }
        }
    }

    @Test
    void noMessageIsLeftEmpty() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            for (Path file : files.toList()) {
                Properties p = properties(file);
                p.forEach((k, v) -> assertThat(v.toString()).as("%s in %s", k, file.getFileName()).isNotBlank());
            }
        }
    }

    @Test
    void templatesShowNoHardCodedText() throws IOException {
        List<String> offences = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                Document doc = Jsoup.parse(Files.readString(file), "", Parser.htmlParser());
                for (Element e : doc.getAllElements()) {
                    boolean replaced = e.hasAttr("th:text") || e.hasAttr("th:utext") || e.hasAttr("th:replace")
                            || e.hasAttr("th:insert") || e.tagName().equals("script") || e.tagName().equals("style");
                    if (!replaced && !insideReplaced(e)) {
                        for (TextNode t : e.textNodes()) {
                            if (t.text().matches(".*\\p{L}.*")) {
                                offences.add(file + ": <" + e.tagName() + "> \"" + t.text().strip() + "\"");
                            }
                        }
                    }
                    for (String attribute : VISIBLE_ATTRIBUTES) {
                        if (e.hasAttr(attribute) && e.attr(attribute).matches(".*\\p{L}.*")) {
                            offences.add(file + ": " + attribute + "=\"" + e.attr(attribute) + "\" on <" + e.tagName() + ">");
                        }
                    }
                }
            }
        }
        assertThat(offences).as("text in templates that does not come from a message").isEmpty();
    }

    private static boolean insideReplaced(Element e) {
        for (Element parent : e.parents()) {
            if (parent.hasAttr("th:text") || parent.hasAttr("th:utext") || parent.hasAttr("th:replace")) {
                return true;
            }
        }
        return false;
    }

    private static List<String> bundles() throws IOException {
        try (Stream<Path> files = Files.list(MESSAGES)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.contains("_"))
                    .map(n -> n.substring(0, n.length() - ".properties".length()))
                    .sorted().toList();
        }
    }

    private static Set<String> load(Path file) throws IOException {
        return new TreeSet<>(properties(file).stringPropertyNames());
    }

    private static Properties properties(Path file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file); Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return p;
    }
}
