package eu.leadercoop.importer.text;

import eu.leadercoop.importer.Fixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DocumentReaderTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"et-utf-8", "et-windows-1257", "et-iso-8859-13", "pl-utf-8", "pl-windows-1250",
            "pl-iso-8859-2"})
    void decodesTextFilesInUtf8AndTheOldBalticAndCentralEuropeanCodePages(String name) throws Exception {
        DocumentText text = DocumentReader.read(name + ".txt", Fixtures.bytes("charsets/" + name + ".txt"));
        assertThat(text.text()).isEqualTo(Fixtures.text("charsets/" + name + ".expected"));
        assertThat(text.format()).isEqualTo("txt");
    }

    @Test
    void tellsTheWindowsCodePageByItsQuotesDashesAndEuroSign() throws Exception {
        assertThat(DocumentReader.read("a.txt", Fixtures.bytes("charsets/et-windows-1257.txt")).charset())
                .isEqualTo("windows-1257");
        assertThat(DocumentReader.read("a.txt", Fixtures.bytes("charsets/pl-windows-1250.txt")).charset())
                .isEqualTo("windows-1250");
        assertThat(DocumentReader.read("a.txt", Fixtures.bytes("charsets/pl-iso-8859-2.txt")).charset())
                .isEqualTo("ISO-8859-2");
    }

    @Test
    void keepsHtmlBlocksAndListItemsAsLinesAndDropsScriptsStylesNavigationAndHiddenText() throws Exception {
        String text = DocumentReader.read("page.html", Fixtures.bytes("variants/page.html")).text();
        assertThat(text).startsWith("Merest metsani: rannakülade koostöö\n\nPeriood: kevad 2024 – sügis 2025");
        assertThat(text).contains("\n1. Vähemalt kahe õppereisi korraldamine.\n")
                .contains("Kogumaksumus | 20 000 €")
                .contains("Projekti veebileht (https://merestmetsani.example.ee)");
        assertThat(text).doesNotContain("999 999", "never run", "Avaleht", "peidetud", "Toetus: 2", "font-family", "©");
    }

    @Test
    void readsWordDocumentsWithTika() throws Exception {
        DocumentText text = DocumentReader.read("seed.docx", OfficeFixtures.docx(Fixtures.seed(4)));
        assertThat(text.format()).isEqualTo("docx");
        assertThat(text.text()).contains("Lokalna Grupa Działania „Puszcza Kozienicka”", "Budżet projektu: 176\u00A0072,20 zł");
    }

    @Test
    void readsPdfTextWithTika() throws Exception {
        DocumentText text = DocumentReader.read("seed.pdf", OfficeFixtures.pdf(Fixtures.seed(3)));
        assertThat(text.format()).isEqualTo("pdf");
        assertThat(text.text()).contains("Vunki mano! loometalgud", "Võrumaa", "omaosalus 3 300,28 eurot", "partner MTÜ Võrumaa Omavalitsuste Liit");
    }

    @Test
    void refusesEmptyFilesWithAClearMessage() {
        assertThatThrownBy(() -> DocumentReader.read("empty.txt", new byte[0]))
                .isInstanceOf(UnreadableDocumentException.class).hasMessage("The file is empty.");
        assertThatThrownBy(() -> DocumentReader.read("blank.txt", " \n\t \n".getBytes(StandardCharsets.UTF_8)))
                .hasMessage("The file has no text.");
    }

    @Test
    void refusesFilesOverTheSizeLimitBeforeReadingThem() {
        byte[] big = new byte[(int) DocumentReader.MAX_BYTES + 1];
        assertThatThrownBy(() -> DocumentReader.read("big.txt", big)).hasMessage("The file is 20.0 MB; the limit is 20 MB.");
    }

    @Test
    void refusesBinaryJunk() {
        byte[] junk = new byte[4096];
        new Random(42).nextBytes(junk);
        junk[0] = 1;
        assertThatThrownBy(() -> DocumentReader.read("junk.txt", junk))
                .hasMessage("The file is not a text, HTML, Word or PDF document (it looks like binary data).");
    }

    @Test
    void refusesAPdfWithoutTextLayerAndADamagedPdf() {
        assertThatThrownBy(() -> DocumentReader.read("scan.pdf", OfficeFixtures.pdfWithoutText()))
                .hasMessage("The PDF has no text layer (a scan?); OCR is not supported, so nothing could be read.");
        assertThatThrownBy(() -> DocumentReader.read("broken.pdf", "%PDF-1.7\nnot really".getBytes(StandardCharsets.US_ASCII)))
                .hasMessageStartingWith("The PDF could not be read");
    }

    @Test
    void neverResolvesExternalEntitiesInWordDocuments() {
        byte[] docx = OfficeFixtures.docxWithExternalEntity("file:///etc/passwd");
        try {
            DocumentText text = DocumentReader.read("xxe.docx", docx);
            assertThat(text.text()).doesNotContain("root:");
        } catch (UnreadableDocumentException e) {
            assertThat(e.getMessage()).startsWith("The Word document");
        }
    }

    @Test
    void leavesOutTheSiteHeaderFooterAndSideBarWhenThePageMarksNoMainContent() throws Exception {
        String html = "<html><body><header><div>Näidisküla Koostöökogu</div><nav>Avaleht</nav></header>"
                + "<h1>Külade Lood</h1><p>Periood: 2024</p><aside>Uudised: 12.05.2024 Koosolek</aside>"
                + "<footer>Kontakt: info@example.ee</footer></body></html>";
        String text = DocumentReader.read("page.html", html.getBytes(StandardCharsets.UTF_8)).text();
        assertThat(text).isEqualTo("Külade Lood\n\nPeriood: 2024");
    }

    @Test
    void readsOldWordDocumentsByNameAndRefusesOtherOfficeContainers() {
        byte[] ole2 = new byte[512];
        ole2[0] = (byte) 0xD0;
        ole2[1] = (byte) 0xCF;
        assertThatThrownBy(() -> DocumentReader.read("old.doc", ole2)).hasMessageStartingWith("The Word document could not be read");
        assertThatThrownBy(() -> DocumentReader.read("sheet.xls", ole2))
                .hasMessage("The file is not a text, HTML, Word or PDF document (it looks like binary data).");
    }
}
