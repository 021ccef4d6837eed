package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Partners named in sentences, with the roles the words around them give. */
class PartnerMentionsTest {

    private static List<String> read(String text) {
        SourceText src = SourceText.of(text);
        return PartnerMentions.read(src.lines()).stream()
                .map(PartnerListParser.Found::partner).map(p -> p.name() + " | " + p.role()).toList();
    }

    @Test
    void aRoleInBracketsAfterANameIsItsRole() {
        assertThat(read("14.04.2023 allkirjastati MTÜ Nelja Valla Kogu (juhtpartner) ja MTÜ Kodukant Läänemaa vahel "
                + "koostööleping."))
                .containsExactly("MTÜ Nelja Valla Kogu | lead_partner", "MTÜ Kodukant Läänemaa | partner");
    }

    @Test
    void aRoleWordBeforeANameIsItsRole() {
        assertThat(read("Wnioskodawcą jest LGD \"Południowa Warmia\", a partnerem Stowarzyszenie „Sąsiedzi”."))
                .containsExactly("LGD \"Południowa Warmia\" | applicant", "Stowarzyszenie „Sąsiedzi” | partner");
    }

    @Test
    void oneOrganisationMentionedTwiceIsOnePartner() {
        assertThat(read("""
                LGD „Zapilicze” gościła LGD „Wszyscy Razem”.
                Następnie LGD „Zapilicze” przygotowała wizytę rewizytową."""))
                .containsExactly("LGD „Zapilicze” | partner", "LGD „Wszyscy Razem” | partner");
    }

    @Test
    void ministriesAndPayingAgenciesAreNotPartners() {
        List<String> partners = read("Projekt rahastatakse Maaeluministeeriumi kaudu; partnerid on Saarte Koostöökogu "
                + "ja Hiidlaste Koostöökogu.");
        assertThat(partners).containsExactly("Saarte Koostöökogu | partner", "Hiidlaste Koostöökogu | partner");
    }
}
