package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class TitleReaderTest {

    private static String title(String text) {
        return ProjectReader.read("page.txt", text).title();
    }

    private static List<String> titles(String text) {
        return ProjectReader.readAll("page.txt", text).stream().map(ExtractedProject::title).toList();
    }

    @Test
    void aFormallyNamedProjectWinsOverAHeadlineThatOnlyDescribesIt() {
        assertThat(title("""
                Spotkanie w sprawie projektu współpracy „Rowerowa Pętla Południowej Wielkopolski”

                W dniu 12 maja odbyło się spotkanie partnerów projektu.""")).isEqualTo("Rowerowa Pętla Południowej Wielkopolski");
        assertThat(title("""
                Rahvusvahelise koostööprojekti lepingu sõlmimine

                Allkirjastati rahvusvahelise koostööprojekti "Kestlik ettevõtlus maal" leping.""")).isEqualTo("Kestlik ettevõtlus maal");
        assertThat(title("""
                Uzsākta starpvalstu sadarbības projekta "Sēņu ceļš" īstenošana

                Projekta partneri tikās Somijā.""")).isEqualTo("Sēņu ceļš");
    }

    @Test
    void aNameIsReadAcrossALineBreakAndMayHoldAQuotedNameOfItsOwn() {
        assertThat(title("""
                25 października 2021 r. Zarząd Stowarzyszenia złożył podpisy pod umową na projekt współpracy pt. „Bocian Biały
                w krajobrazie polskiej wsi” w ramach poddziałania 19.3.""")).isEqualTo("Bocian Biały w krajobrazie polskiej wsi");
        assertThat(title("""
                Starpvalstu projektu Nr. 19-00-A019.333-000004 "Dzīves kvalitātes paaugstināšana, kopjot vērtības VRG "No Salacas līdz Rūjai" un tās partneru teritorijās" ir apstiprinājis dienests."""))
                .isEqualTo("Dzīves kvalitātes paaugstināšana, kopjot vērtības VRG \"No Salacas līdz Rūjai\" un tās partneru teritorijās");
    }

    @Test
    void theHeadingIsTheFirstLineThatIsNotPageChrome() {
        assertThat(title("""
                Hanke
                Kehittämishanke - 183141

                Smart villages

                Aktiivinen Pohjois-Satakunta ry""")).isEqualTo("Smart villages");
        assertThat(title("""
                Zmniejsz tekst Zwiększ tekst

                Baza danych projektów PROW

                Promotion of Transnational Cooperation (TNC) in Finland

                Two LAGs carried out this inter-territorial project.""")).isEqualTo("Promotion of Transnational Cooperation (TNC) in Finland");
        assertThat(title("""
                Original Lapland > Samarbetspartners

                Här presenteras projektets partner.""")).isEqualTo("Original Lapland");
    }

    @Test
    void theProjectWordUsedAsALabelGivesTheName() {
        assertThat(title("""
                MAK projektinäidete andmebaas 2014-2020

                Projekt: Koostöövõrgustike arendamine ja tugevdamine
                Meede: LEADER koostöö""")).isEqualTo("Koostöövõrgustike arendamine ja tugevdamine");
    }

    @Test
    void aPageWithTwoProjectHeadingsGivesTwoDraftsWithTheSameSource() {
        String page = """
                Üldkoosolek kinnitas koostööprojektid
                Projekt "LOODE-EESTI ÜHISTURUNDUS"
                  • Eesmärk: piirkonna maine on paranenud.
                Projekt "HARJUMAA LEADER TEGEVUSGRUPPIDE ÜHISTEGEVUSED"
                  • Projekti eesmärk: ühistegevused on suurendanud sünergiat.""";
        List<ExtractedProject> drafts = ProjectReader.readAll("nvk.txt", page);
        assertThat(drafts).extracting(ExtractedProject::title)
                .containsExactly("LOODE-EESTI ÜHISTURUNDUS", "HARJUMAA LEADER TEGEVUSGRUPPIDE ÜHISTEGEVUSED");
        assertThat(drafts).extracting(ExtractedProject::source).containsOnly("nvk.txt");
        List<Integer> span = drafts.get(1).fields().get("title").span();
        assertThat(page.substring(span.get(0), span.get(1))).isEqualTo("HARJUMAA LEADER TEGEVUSGRUPPIDE ÜHISTEGEVUSED");
    }

    @Test
    void aCatalogueOfNamesWithTheirYearsGivesOneDraftPerEntry() {
        assertThat(titles("""
                Leader ravakan omat kansainväliset hankkeet

                INTERNATIONAL IMMIGRATION

                Maahanmuuttajien kotouttaminen maaseudulle 2017-2019

                Kyläbrändäys

                Alueellisen brändäyksen hanke
                2018 - 2022

                Echoes

                Ekomusetoiminnan kehittämisen hanke
                2020 - 2022
                """)).containsExactly("INTERNATIONAL IMMIGRATION", "Kyläbrändäys", "Echoes");
    }

    @Test
    void aListOfProjectsWithTheirKindInBracketsGivesOneDraftPerItem() {
        assertThat(titles("""
                2014. – 2020. plānošanas periodā biedrība īstenoja projektus šādās jomās:
                  • dabas un kultūras mantojuma izmantošana tūrisma attīstība (starptautisks projekts, īstenots sadarbībā ar VRG North Aberdeenshire (Skotija);
                  • sociālās uzņēmējdarbības attīstība lauku teritorijās (starpteritoriālais projekts, sadarbībā ar biedrība “SATEKA”);
                """)).containsExactly("dabas un kultūras mantojuma izmantošana tūrisma attīstība",
                "sociālās uzņēmējdarbības attīstība lauku teritorijās");
    }

    @Test
    void aListOfQuotedNamesWithTheirProjectNumbersInBracketsGivesOneDraftPerItem() {
        assertThat(titles("""
                VVG „Nemunas“ yra įgyvendinusi šiuos tarptautinio bendradarbiavimo projektus:
                  1. „Jaunimas – galimybė mūsų regionų tradicijų išsaugojimui (MSNZTNR)“ (projekto Nr. 4TT-KT-10-1-0001), finansuotas pagal programą.
                  2. „Jauni vietos lyderiai (YLL)“ (projekto Nr. 44TT-KT-17-1-02309-PR001), finansuotas pagal programą.
                """)).containsExactly("Jaunimas – galimybė mūsų regionų tradicijų išsaugojimui (MSNZTNR)",
                "Jauni vietos lyderiai (YLL)");
    }

    @Test
    void aPageAboutOneProjectGivesOneDraft() {
        assertThat(titles("""
                Koostööprojekt “Viru LEADER võrgustiku tugevdamine”

                Partnerid: MTÜ Peipsi-Alutaguse Koostöökoda (juhtpartner), MTÜ Arenduskoda
                Projekti eesmärgid: teha Viru võrgustik tugevamaks.""")).containsExactly("Viru LEADER võrgustiku tugevdamine");
    }
}
