package eu.leadercoop.registry.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OrganisationNamesTest {

    @Test
    void theThreeSpellingsOfIdaHarjuKoostookodaHaveOneKey() {
        assertThat(OrganisationNames.key("IDA-HARJU KOOSTÖÖKODA"))
                .isEqualTo(OrganisationNames.key("Ida-Harju Koostöökoda MTÜ"))
                .isEqualTo(OrganisationNames.key("MTÜ Ida-Harju Koostöökoda"))
                .isEqualTo("ida-harju koostookoda");
    }

    @Test
    void legalFormsInFullOrShortBeforeOrAfterTheNameDoNotCount() {
        assertThat(OrganisationNames.key("Raplamaa Partnerluskogu MTÜ")).isEqualTo(OrganisationNames.key("MTÜ Raplamaa Partnerluskogu"));
        assertThat(OrganisationNames.key("mittetulundusühing Valgamaa Partnerluskogu")).isEqualTo(OrganisationNames.key("MTÜ Valgamaa Partnerluskogu"));
        assertThat(OrganisationNames.key("Lokalna Grupa Działania Ziemi Kraśnickiej")).isEqualTo(OrganisationNames.key("LGD Ziemi Kraśnickiej"));
        assertThat(OrganisationNames.key("SA Võrumaa Arenduskeskus")).isEqualTo(OrganisationNames.key("Sihtasutus Võrumaa Arenduskeskus"));
    }

    @Test
    void quotesAndDiacriticsDoNotCount() {
        assertThat(OrganisationNames.key("Lokalna Grupa Działania „Puszcza Kozienicka”"))
                .isEqualTo(OrganisationNames.key("LGD \"Puszcza Kozienicka\""))
                .isEqualTo("kozienicka puszcza");
    }

    @Test
    void differentOrganisationsKeepDifferentKeys() {
        assertThat(OrganisationNames.key("MTÜ Põhja-Harju Koostöökogu")).isNotEqualTo(OrganisationNames.key("MTÜ Ida-Harju Koostöökoda"));
        assertThat(OrganisationNames.key("MTÜ Võrumaa Partnerluskogu")).isNotEqualTo(OrganisationNames.key("SA Võrumaa Arenduskeskus"));
        assertThat(OrganisationNames.key("Powiat Myszkowski")).isEqualTo("myszkowski powiat");
    }

    @Test
    void nothingLeftIsAnEmptyKey() {
        assertThat(OrganisationNames.key("MTÜ")).isEmpty();
        assertThat(OrganisationNames.key(null)).isEmpty();
    }
}
