package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Organisations named anywhere in a line, by the kinds and legal forms that mark them in each language. */
class OrganisationMentionsTest {

    private static List<String> names(String text) {
        return OrganisationMentions.in(Line.of(0, text, 0)).stream().map(OrganisationMentions.Mention::name).toList();
    }

    @Test
    void findsPolishNamesAfterTheirKindInAnyCaseWithTheirQuotes() {
        assertThat(names("W spotkaniu wzięli udział przedstawiciele LGD „Zapilicze” oraz Lokalnej Grupy Działania "
                + "„Ujście Baryczy” Gmin Góra-Niechlów-Wąsosz."))
                .containsExactly("LGD „Zapilicze”", "Lokalnej Grupy Działania „Ujście Baryczy” Gmin Góra-Niechlów-Wąsosz");
    }

    @Test
    void findsEstonianNamesByTheKindThatEndsThemAlsoInflected() {
        assertThat(names("Saarte Koostöökogu ja Hiidlaste Koostöökoguga lepiti kokku ühisturundus."))
                .containsExactly("Saarte Koostöökogu", "Hiidlaste Koostöökoguga");
    }

    @Test
    void aKindFollowedByANameBeginsThatNameNotTheWordBefore() {
        assertThat(names("Partnerid on Eestist MTÜ Arenduskoda ning Lätist LAG Cesu rajona lauku partnerība."))
                .containsExactly("MTÜ Arenduskoda", "LAG Cesu rajona lauku partnerība");
    }

    @Test
    void keepsLatvianAndLithuanianNamesWithTheirNestedQuotesAndLowerCaseWords() {
        assertThat(names("Projektā piedalās biedrība “Daugavpils un Ilūkstes novadu partnerība “Kaimiņi”” un "
                + "biedrība „SATEKA”."))
                .containsExactly("biedrība “Daugavpils un Ilūkstes novadu partnerība “Kaimiņi””", "biedrība „SATEKA”");
        assertThat(names("Susitikime dalyvavo Alytaus rajono vietos veiklos grupė ir Šventosios ŽRVVG atstovai."))
                .containsExactly("Alytaus rajono vietos veiklos grupė", "Šventosios ŽRVVG");
    }

    @Test
    void aKindAloneOrWithADeterminerIsNoName() {
        assertThat(names("Every LAG and the Local Action Group of each region; Finnish LAG members met.")).isEmpty();
    }

    @Test
    void findsNamesEndedByALegalFormInOtherLanguages() {
        assertThat(names("Mukana ovat Wirmon Martat ry ja Kehittämisyhdistys Kalakukko ry."))
                .containsExactly("Wirmon Martat ry", "Kehittämisyhdistys Kalakukko ry");
        assertThat(names("Die RAG Eichsfeld und die Kyffhäuser e.V. arbeiten zusammen."))
                .containsExactly("RAG Eichsfeld", "Kyffhäuser e.V.");
    }
}
