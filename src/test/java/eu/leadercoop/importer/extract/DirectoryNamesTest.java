package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Groups of the shipped LAG directory found by their names alone, as pages write them. */
class DirectoryNamesTest {

    private static List<String> names(String text) {
        return OrganisationMentions.in(Line.of(0, text, 0)).stream().map(OrganisationMentions.Mention::name).toList();
    }

    @Test
    void findsGroupsWrittenWithoutKindOrLegalForm() {
        assertThat(names("Mukana ovat Pirkan Helmi, Linnaseutu ja Aktiivinen Pohjois-Satakunta."))
                .containsExactly("Pirkan Helmi", "Linnaseutu", "Aktiivinen Pohjois-Satakunta");
    }

    @Test
    void aKnownNameLongerThanTheKindBasedMentionWins() {
        assertThat(names("Partneriks on Mulgimaa Arenduskoja."))
                .containsExactly("Mulgimaa Arenduskoja");
    }

    @Test
    void aOneWordNameThatIsAlsoTheWordForPartnersIsNotTakenAlone() {
        assertThat(names("Partnerid kohtusid Tapal.")).isEmpty();
    }
}
