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
            "2. Tegevused|ACTIVITIES",
            "2. Cele projektu|GOALS"})
    void recognisesLabelsInEveryLanguageCaseAndShape(String line, SectionKind kind) {
        assertThat(heading(line)).isNotNull().extracting(Section::kind).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Periood jaanuar 2024 – juuni 2025|PERIOD|jaanuar 2024 – juuni 2025",
            "Toetus 29 700 €|BUDGET|29 700 €",
            "Koostööprojekti partnerid MTÜ Lääne-Harju Koostöökogu (juhtpartner), MTÜ Põhja-Harju Koostöökogu|PARTNERS"
                    + "|MTÜ Lääne-Harju Koostöökogu (juhtpartner), MTÜ Põhja-Harju Koostöökogu",
            "Koostööprojekti partnerid mittetulundusühing Valgamaa Partnerluskogu, MTÜ PAIK|PARTNERS"
                    + "|mittetulundusühing Valgamaa Partnerluskogu, MTÜ PAIK",
            "KOOSTÖÖPROJEKTI PARTNERID MTÜ LÄÄNE-HARJU KOOSTÖÖKOGU, MTÜ PAIK|PARTNERS|MTÜ LÄÄNE-HARJU KOOSTÖÖKOGU, MTÜ PAIK",
            "Taotleja ja partnerid Taotleja SA Võrumaa Arenduskeskus, partner MTÜ Võrumaa Omavalitsuste Liit|PARTNERS"
                    + "|Taotleja SA Võrumaa Arenduskeskus, partner MTÜ Võrumaa Omavalitsuste Liit",
            "Leader logodProjekti nimi Vunki mano! loometalgud|TITLE|Vunki mano! loometalgud",
            "Eesmärk ja lühikirjeldus Projekti aitab edendada Võru maakonda.|GOALS|Projekti aitab edendada Võru maakonda.",
            "Rahastaja, toetusprogramm ja meede MTÜ Võrumaa Partnerluskogu strateegia meede 1.2|FUNDING"
                    + "|MTÜ Võrumaa Partnerluskogu strateegia meede 1.2",
            "Maksumus (sh toetus ja omaosalus) 33 002,80 eurot|BUDGET|33 002,80 eurot",
            "Tegevused Kahtede Vunki mano! loometalgute korraldamine.|ACTIVITIES|Kahtede Vunki mano! loometalgute korraldamine.",
            "Oodatav tulemus Projekti tulemusel suureneb koosloome kogemus.|RESULTS|Projekti tulemusel suureneb koosloome kogemus.",
            "Lisainfo Kai Kulbok, kai.kulbok@kklm.ee, +372 552 2385|CONTACT|Kai Kulbok, kai.kulbok@kklm.ee, +372 552 2385",
            "Kontakt do Partnera biuro@lgdkrasnik.pl|CONTACT|biuro@lgdkrasnik.pl",
            "Priorytet 6 PROW Wspieranie włączenia społecznego|FUNDING_PRIORITY|6 PROW Wspieranie włączenia społecznego"})
    void readsALabelAtTheStartOfALineWithItsValueAfterItAndNoColon(String line, SectionKind kind, String value) {
        Section s = heading(line);
        assertThat(s).isNotNull();
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.value()).isEqualTo(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Projekti eesmärgid|GOALS",
            "Planeeritavad tegevused|ACTIVITIES",
            "Oodatavad tulemused|RESULTS",
            "Opis projektu oraz jego cele|DESCRIPTION",
            "Odbiorcy projektu|TARGET_GROUPS",
            "Cele KSOW|FUNDING_OBJECTIVE",
            "MTÜ Saarte Koostöökogu lisategevused|PARTNER_ACTIVITIES",
            "Additional activities of Pomurje LAG|PARTNER_ACTIVITIES",
            "Działania własne partnera Stowarzyszenie Kraina Lasów i Jezior - Lokalna Grupa Działania|PARTNER_ACTIVITIES"})
    void readsAHeadingAloneOnItsLineWithoutColon(String line, SectionKind kind) {
        Section s = heading(line);
        assertThat(s).isNotNull();
        assertThat(s.kind()).isEqualTo(kind);
        assertThat(s.value()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "MTÜ Saarte Koostöökogu lisategevused|MTÜ Saarte Koostöökogu",
            "Działania własne partnera LGD Ziemia Bielska|LGD Ziemia Bielska",
            "Additional activities of Pomurje LAG|Pomurje LAG",
            "Działania własne partnera LGD Ziemia Bielska:|LGD Ziemia Bielska"})
    void takesThePartnerOfItsOwnActivitiesFromBeforeOrAfterTheLabel(String line, String partner) {
        assertThat(heading(line).qualifier()).isEqualTo(partner);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Projekti eesmärk on aktiivsed ja koostööle orienteeritud külakogukonnad JAP tegevuspiirkonnas.",
            "Tegevused jagunevad kaheks – ühistegevused ja iga partneri lisategevused.",
            "1. Partnerite liikmeskonnale vähemalt ühe õppereisi, kohtumise või seminari korraldamine.",
            "Koostööprojekti partnerite eelarve kokku 251 928 €",
            "Piirkondade kogemusvahetus ja tegevusrühmade koostöö arendamine",
            "Tegevusgrupp omandab kogemuse, kuidas arukate külade kontseptsiooni kohalikul tasandil rakendada.",
            "Lokalna Grupa Działania Ziemi Kraśnickiej",
            "Projekti tulemusel suureneb koosloome kogemus maakonnas.",
            "Tegevused jagunevad kaheks – ühistegevused ja iga partneri lisategevused",
            "Partnerid Eestist ja Lätist kohtusid 2023. aasta sügisel Valgas.",
            "Działania LGD obejmują warsztaty kulinarne i dwa wyjazdy studyjne."})
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
