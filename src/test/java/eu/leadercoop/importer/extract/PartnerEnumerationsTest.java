package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Partners a page lists in its prose: after a colon a partner word leads to, or after words that open the list. */
class PartnerEnumerationsTest {

    private static List<String> read(String text) {
        return PartnerEnumerations.read(SourceText.of(text).lines()).stream()
                .map(PartnerListParser.Found::partner).map(p -> p.name() + " | " + p.role()).toList();
    }

    private static List<String> chosen(String text) {
        List<PartnerListParser.Found> partners = new ArrayList<>();
        PartnerChoice.complete(partners, SourceText.of(text).lines());
        return partners.stream().map(PartnerListParser.Found::partner).map(p -> p.name() + " | " + p.role()).toList();
    }

    @Test
    void namesAfterAColonInASentenceOnPartnersAreKeptWholeWithTheirWordsInLowerCase() {
        assertThat(read("23 marca 2012 r. podpisano List intencyjny pomiędzy: Lokalną Grupą Działania „ZIELONE SIOŁO”, "
                + "Stowarzyszeniem Jonavos rajono savivaldybės vietos veiklos grupė oraz Stowarzyszeniem Jonavos r. kaimo "
                + "bendruomenių asociacija. Strony wyraziły wolę współpracy."))
                .containsExactly("Lokalną Grupą Działania „ZIELONE SIOŁO” | partner",
                        "Stowarzyszeniem Jonavos rajono savivaldybės vietos veiklos grupė | partner",
                        "Stowarzyszeniem Jonavos r. kaimo bendruomenių asociacija | partner");
    }

    @Test
    void theLinesBelowASentenceEndingInAColonAreItsItemsWithoutTheCountryTheyComeFrom() {
        assertThat(read("""
                Koostööpartneriteks kümme Leader-tegevusrühma neljas riigis:
                Eestist  MTÜ Arenduskoda, MTÜ Kodukant Läänemaa;
                Lätist LAG Ziemelkuzemes biznesa asocija, LAG Cesu rajona lauku partneriba;
                Projekti fookuses olid säästva turismi mikroettevõtete pakkumised ja teenuste edasiarendamine."""))
                .containsExactly("MTÜ Arenduskoda | partner", "MTÜ Kodukant Läänemaa | partner",
                        "LAG Ziemelkuzemes biznesa asocija | partner", "LAG Cesu rajona lauku partneriba | partner");
    }

    @Test
    void anItemLineNamesItsGroupBeforeTheColon() {
        assertThat(read("""
                The project involves the following partners:
                1) LAG “Jūrkante”: Ainaži, Salacgrīvas novads;
                2) LAG “Jūras zeme”: Carnikava, Carnikavas novads;"""))
                .containsExactly("LAG “Jūrkante” | partner", "LAG “Jūras zeme” | partner");
    }

    @Test
    void wordsThatOpenTheListNeedNoColonAndTheRoleInBracketsGoesWithTheLastNameOfAnItem() {
        assertThat(read("Lõuna-Eesti koostööprojekti partneriteks on lisaks Võrumaa Partnerluskogule Jõgevamaa "
                + "Koostöökoda (juhtpartner), Põlvamaa Partnerluskogu ja Tartumaa Arendusselts ."))
                .containsExactly("Võrumaa Partnerluskogule | partner", "Jõgevamaa Koostöökoda | lead_partner",
                        "Põlvamaa Partnerluskogu | partner", "Tartumaa Arendusselts | partner");
    }

    @Test
    void aListOfTownsAfterAColonIsNoListOfPartners() {
        assertThat(read("Partnerzy odwiedzili gminy: Głuszyca, Jedlina Zdrój, Nowa Ruda oraz Walim.")).isEmpty();
    }

    @Test
    void theListDecidesThePartnersAndTheApplicantNamedBesideItComesFirst() {
        assertThat(chosen("Byliśmy gośćmi na terenie LGD Partnerstwa Dorzecza Słupi. Wniosek złożył Stowarzyszenie "
                + "„Razem na Śląsku”, a Partnerami projektu byli Stowarzyszenie „Razem na wyżyny”, Partnerstwo "
                + "Północnej Jury oraz LGD „Bractwo Kuźnic”."))
                .containsExactly("Stowarzyszenie „Razem na Śląsku” | applicant", "Stowarzyszenie „Razem na wyżyny” | partner",
                        "Partnerstwo Północnej Jury | partner", "LGD „Bractwo Kuźnic” | partner");
    }
}
