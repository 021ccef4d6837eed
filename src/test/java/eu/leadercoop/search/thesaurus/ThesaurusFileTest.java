package eu.leadercoop.search.thesaurus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A thesaurus file with a mistake is refused, naming the line and the mistake. */
class ThesaurusFileTest {

    static final String HEADER = String.join("\t", ThesaurusFile.COLUMNS) + "\n";
    static final String GOOD = "theme-youth\ttheme\t\tCAP Network\tnoored\tmłodzież\tyouth\tjaunieši\tjaunimas\tnuoret\tungdom\tJugend\tjeunesse\tmládež\n";

    @Test
    void readsCommentsHeaderAndConcepts() throws Exception {
        var concepts = ThesaurusFile.read("t.tsv", new StringReader("# source: test\n" + HEADER + GOOD), new HashSet<>());
        assertThat(concepts).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo("theme-youth");
            assertThat(c.terms()).containsEntry("de", List.of("Jugend")).containsEntry("cs", List.of("mládež"));
        });
    }

    @Test
    void frenchAndCzechMayBeEmptyOrLeftOff() throws Exception {
        String noFrench = GOOD.replace("\tjeunesse\tmládež\n", "\t\t\n");
        String leftOff = GOOD.replace("\tjeunesse\tmládež\n", "\n").replace("theme-youth", "theme-youth-2");
        assertThat(ThesaurusFile.read("t.tsv", new StringReader(HEADER + noFrench + leftOff), new HashSet<>())).hasSize(2);
    }

    @Test
    void aConceptWithoutATermInARequiredLanguageIsRefused() {
        String noLatvian = GOOD.replace("\tjaunieši\t", "\t\t");
        assertThatThrownBy(() -> ThesaurusFile.read("t.tsv", new StringReader(HEADER + noLatvian), new HashSet<>()))
                .isInstanceOf(ThesaurusFormatException.class)
                .hasMessageContaining("t.tsv:2: theme-youth: no term in the required language lv");
        String onlyBars = GOOD.replace("\tnoored\t", "\t | \t");
        assertThatThrownBy(() -> ThesaurusFile.read("t.tsv", new StringReader(HEADER + onlyBars), new HashSet<>()))
                .hasMessageContaining("no term in the required language et");
    }

    @Test
    void duplicateIdsBadGroupsAndCodesAreAllReported() {
        String text = HEADER + GOOD + GOOD
                + GOOD.replace("theme-youth\ttheme", "x-1\tthemes")
                + GOOD.replace("theme-youth\ttheme\t", "c-1\tcountry\tEST")
                + GOOD.replace("theme-youth\ttheme\t", "r-1\tregion\tEE")
                + GOOD.replace("theme-youth\ttheme\t", "e-1\tevent\tPICNIC");
        assertThatThrownBy(() -> ThesaurusFile.read("t.tsv", new StringReader(text), new HashSet<>()))
                .isInstanceOfSatisfying(ThesaurusFormatException.class, e -> assertThat(e.problems()).containsExactly(
                        "t.tsv:3: the id 'theme-youth' is used twice",
                        "t.tsv:4: x-1: unknown group 'themes' (one of event, activity, theme, actor, funding, country, region)",
                        "t.tsv:5: c-1: a country needs its ISO 3166-1 code (EE), not 'EST'",
                        "t.tsv:6: r-1: a region needs its ISO 3166-2 code (EE-37), not 'EE'",
                        "t.tsv:7: e-1: 'PICNIC' is not an event type of the registry (" + java.util.Arrays.toString(
                                eu.leadercoop.registry.model.EventType.values()) + ")"));
    }

    @Test
    void aWrongHeaderOrColumnCountIsRefused() {
        assertThatThrownBy(() -> ThesaurusFile.read("t.tsv", new StringReader("id\tgroup\n" + GOOD), new HashSet<>()))
                .hasMessageContaining("t.tsv:1: the header must be id group code source et pl en lv lt fi sv de fr cs");
        assertThatThrownBy(() -> ThesaurusFile.read("t.tsv", new StringReader(HEADER + "a\ttheme\t\tsrc\tx\n"), new HashSet<>()))
                .hasMessageContaining("t.tsv:2: expected 14 tab-separated columns, found 5");
    }

    @Test
    void anIdIsUniqueAcrossFiles() {
        var seen = new HashSet<String>();
        assertThatThrownBy(() -> {
            ThesaurusFile.read("a.tsv", new StringReader(HEADER + GOOD), seen);
            ThesaurusFile.read("b.tsv", new StringReader(HEADER + GOOD), seen);
        }).hasMessageContaining("b.tsv:2: the id 'theme-youth' is used twice");
    }
}
