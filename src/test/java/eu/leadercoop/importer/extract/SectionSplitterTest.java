package eu.leadercoop.importer.extract;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class SectionSplitterTest {

    private static Section heading(String text) {
        return SectionSplitter.heading(Line.of(0, text, 0));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Periood: jaanuar 2024 – juuni 2025|PERIOD",
            "PERIOOD: jaanuar 2024|PERIOD",
            "periood jaanuar 2024 – juuni 2025|PERIOD",
            "Projekt viiakse ellu perioodil: 01.01.2021 – 31.12.2022|PERIOD",
            "Czas trwania projektu: 01.07.2022–31.10.2023|PERIOD",
            "Okres realizacji: od 01.07.2022 do 31.10.2023|PERIOD",
            "Duration: 2023-2024|PERIOD",
            "Koostööprojekti partnerid: MTÜ A, MTÜ B|PARTNERS",
            "Taotleja ja partnerid: Taotleja SA X, partner MTÜ Y|PARTNERS",
            "Partner KSOW: LGD A, LGD B|NETWORK_PARTNERS",
            "Partnerzy:|PARTNERS",
            "Juhtpartner: MTÜ A|LEAD_PARTNER",
            "Viitenumber 19302100001|REFERENCE",
            "ÜHISTEGEVUSED:|JOINT_ACTIVITIES",
            "Ida-Harju Koostöökoja LISATEGEVUSED:|PARTNER_ACTIVITIES",
            "Działania wspólne|JOINT_ACTIVITIES",
            "Planeeritavad tegevused:|ACTIVITIES",
            "Projekti eesmärk|GOALS",
            "Projekti mõju, eesmärgid ja oodatavad tulemused:|GOALS",
            "Cele KSOW|FUNDING_OBJECTIVE",
            "Cel 5: Aktywizacja mieszkańców wsi|FUNDING_OBJECTIVE",
            "Działanie 4 KSOW: Szkolenia|FUNDING_MEASURE",
            "Priorytet 6 PROW: Wspieranie|FUNDING_PRIORITY",
            "Rahastaja, toetusprogramm ja meede: MTÜ X strateegia meede 1.2|FUNDING",
            "Maksumus (sh toetus ja omaosalus): 33 002,80 eurot|BUDGET",
            "Odbiorcy projektu:|TARGET_GROUPS",
            "Meediakajastus:|MEDIA",
            "Relacje w mediach:|MEDIA",
            "Lisainfo: Kai Kulbok, kai.kulbok@kklm.ee|CONTACT",
            "Kontakt do Partnera: biuro@lgdkrasnik.pl|CONTACT",
            "Projekti veebileht|WEBSITE",
            "Leader logodProjekti nimi: Vunki mano! loometalgud|TITLE",
            "Expected results|RESULTS",
            "2. Tegevused|ACTIVITIES"})
    void recognisesLabelsInEveryLanguageCaseAndShape(String line, SectionKind kind) {
        assertThat(heading(line)).isNotNull().extracting(Section::kind).isEqualTo(kind);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Projekti eesmärk on aktiivsed ja koostööle orienteeritud külakogukonnad JAP tegevuspiirkonnas.",
            "Tegevused jagunevad kaheks – ühistegevused ja iga partneri lisategevused.",
            "1. Partnerite liikmeskonnale vähemalt ühe õppereisi, kohtumise või seminari korraldamine.",
            "Koostööprojekti partnerite eelarve kokku 251 928 €",
            "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine",
            "Tegevusgrupp omandab kogemuse, kuidas arukate külade kontseptsiooni kohalikul tasandil rakendada."})
    void doesNotTakeSentencesThatStartWithALabelWordForHeadings(String line) {
        assertThat(heading(line)).isNull();
    }

    @Test
    void keepsTheWordsBeforeThePartnerActivitiesLabelAsTheirPartnerAndTheValueAfterTheColon() {
        Section s = heading("KKLM LISATEGEVUSED: Vähemalt ühe välisõppereisi korraldamine.");
        assertThat(s.qualifier()).isEqualTo("KKLM");
        assertThat(s.value()).isEqualTo("Vähemalt ühe välisõppereisi korraldamine.");
        assertThat(s.valueStart()).isEqualTo("KKLM LISATEGEVUSED: ".length());
    }

    @Test
    void doesNotCutAtTheColonOfAnAddressOrATime() {
        assertThat(SectionSplitter.labelColon("https://example.org kell 10:30")).isEqualTo(-1);
        assertThat(SectionSplitter.labelColon("Veebileht: https://example.org")).isEqualTo(9);
    }
}
