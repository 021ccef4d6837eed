package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Partner;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class PartnerListParserTest {

    private static List<Partner> parse(String line) {
        return PartnerListParser.parseLine(Line.of(0, line, 0), "partner", null).stream()
                .map(PartnerListParser.Found::partner).toList();
    }

    @Test
    void readsRolesInBracketsBeforeAndAfterNames() {
        assertThat(parse("MTÜ A Kogu (juhtpartner), Taotleja SA B Keskus, C Ühing – lider, partner MTÜ D"))
                .extracting(Partner::name, Partner::role).containsExactly(
                        tuple("MTÜ A Kogu", "lead_partner"), tuple("SA B Keskus", "applicant"),
                        tuple("C Ühing", "lead_partner"), tuple("MTÜ D", "partner"));
    }

    @Test
    void keepsCommasInsideQuotesAndBracketsAndAndInsideNames() {
        assertThat(parse("Fundacja „Wieś, Las i Woda”, Stowarzyszenie Kraina Lasów i Jezior, Gmina X (powiat Y, woj. Z)"))
                .extracting(Partner::name).containsExactly("Fundacja „Wieś, Las i Woda”",
                        "Stowarzyszenie Kraina Lasów i Jezior", "Gmina X (powiat Y, woj. Z)");
    }

    @Test
    void splitsAtJaOrAndOnlyWhereALegalFormOrAKnownGroupStartsOrEndsAName() {
        assertThat(parse("MTÜ Põlva Kogu ja SA Valga Keskus; Pärnu Lahe Partnerluskogu MTÜ and Kainuu LAG ry"))
                .extracting(Partner::name).containsExactly("MTÜ Põlva Kogu", "SA Valga Keskus",
                        "Pärnu Lahe Partnerluskogu MTÜ", "Kainuu LAG ry");
        // Kodukant Läänemaa is a group of the LAG directory
        assertThat(parse("Kodukant Läänemaa ja Saaremaa Külade Liit")).extracting(Partner::name)
                .containsExactly("Kodukant Läänemaa", "Saaremaa Külade Liit");
        assertThat(parse("Rannakülade Selts ja Sõbrad")).extracting(Partner::name)
                .containsExactly("Rannakülade Selts ja Sõbrad");
    }

    @Test
    void resolvesAnInflectedNameInAHeadingToThePartnerButNotToAnotherOne() {
        List<PartnerListParser.Found> partners = PartnerListParser.parseLine(
                Line.of(0, "MTÜ Põhja-Harju Koostöökogu, MTÜ Ida-Harju Koostöökoda", 0), "partner", null);
        assertThat(PartnerListParser.resolve("Ida-Harju Koostöökoja", partners)).isEqualTo("MTÜ Ida-Harju Koostöökoda");
        assertThat(PartnerListParser.resolve("Lääne-Harju Koostöökogu", partners)).isEqualTo("Lääne-Harju Koostöökogu");
    }

    @Test
    void keepsALegalFormAfterACommaWithTheNameBeforeItInsteadOfMakingItAPartner() {
        assertThat(parse("LAG Pomurje; Local Action Group \"Sea and Forest\", Ltd.; Rural Action Ireland CLG"))
                .extracting(Partner::name, Partner::asWritten).containsExactly(
                        tuple("LAG Pomurje", "LAG Pomurje"),
                        tuple("Local Action Group \"Sea and Forest\", Ltd", "Local Action Group \"Sea and Forest\", Ltd."),
                        tuple("Rural Action Ireland CLG", "Rural Action Ireland CLG"));
        assertThat(parse("Kainuu Leader, ry, Pärnu Lahe Partnerluskogu, MTÜ")).extracting(Partner::name)
                .containsExactly("Kainuu Leader, ry", "Pärnu Lahe Partnerluskogu, MTÜ");
    }
}
