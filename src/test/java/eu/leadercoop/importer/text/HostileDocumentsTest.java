package eu.leadercoop.importer.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Uploads made to hurt (issue 16): decompression bombs, too many parts, entity expansion, and documents that
 * take too long are refused with a message for a person, quickly and without filling the heap.
 */
class HostileDocumentsTest {

    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"bomb.docx", "bomb.odt"})
    void refusesAZipContainerThatUnpacksToTwoGibibytesInUnderASecondWithoutFillingTheHeap(String name) {
        byte[] bomb = Bombs.docx(2048);
        assertThat(bomb.length).isLessThan(3 * 1024 * 1024);
        long allocatedBefore = THREADS.getCurrentThreadAllocatedBytes();
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReader.read(name, bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessageContaining("unpacks to more than 64 MB");
        long millis = (System.nanoTime() - start) / 1_000_000;
        long allocatedMb = (THREADS.getCurrentThreadAllocatedBytes() - allocatedBefore) / (1024 * 1024);
        System.out.printf("%s (%d bytes): refused in %d ms, %d MB allocated%n", name, bomb.length, millis, allocatedMb);
        assertThat(millis).isLessThan(5_000);
        assertThat(allocatedMb).isLessThan(400);
    }

    @Test
    void refusesAPdfWhosePageInflatesToAGibibyteOfOperatorsInsteadOfDrawingItForMinutes() throws Exception {
        assertThat(DocumentReader.read("small.pdf", Bombs.pdf(1)).text()).contains("Periood: jaanuar 2024");
        byte[] bomb = Bombs.pdf(1024);
        assertThat(bomb.length).isLessThan(2 * 1024 * 1024);
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReader.read("bomb.pdf", bomb))
                .hasMessage("The PDF unpacks to more than 64 MB; a project page is far smaller, so it is not read (it may"
                        + " be a decompression bomb).");
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("bomb.pdf (%d bytes): refused in %d ms%n", bomb.length, millis);
        assertThat(millis).isLessThan(5_000);
    }

    @Test
    void theSameLimitHoldsWhateverTheZipHeadersClaim() {
        byte[] bomb = Bombs.docx(80);
        // the central directory and local header say the part unpacks to 1 byte
        for (int i = 0; i < bomb.length - 4; i++) {
            if ((bomb[i] == 0x50 && bomb[i + 1] == 0x4b && (bomb[i + 2] == 3 || bomb[i + 2] == 1))) {
                int sizeAt = bomb[i + 2] == 3 ? i + 22 : i + 24;
                int nameLen = (bomb[i + (bomb[i + 2] == 3 ? 26 : 28)] & 0xff);
                int nameAt = i + (bomb[i + 2] == 3 ? 30 : 46);
                if (nameAt + nameLen <= bomb.length && new String(bomb, nameAt, nameLen, StandardCharsets.UTF_8)
                        .equals("word/document.xml")) {
                    bomb[sizeAt] = 1;
                    bomb[sizeAt + 1] = 0;
                    bomb[sizeAt + 2] = 0;
                    bomb[sizeAt + 3] = 0;
                }
            }
        }
        assertThatThrownBy(() -> DocumentReader.read("lying.docx", bomb))
                .isInstanceOf(UnreadableDocumentException.class)
                .message().satisfiesAnyOf(m -> assertThat(m).contains("unpacks to more than 64 MB"),
                        m -> assertThat(m).startsWith("The Word document could not be read"));
    }

    @Test
    void aWordDocumentJustUnderTheLimitsIsRead() throws Exception {
        DocumentText text = DocumentReader.read("fine.docx", Bombs.docxWithEntries(900));
        assertThat(text.text()).contains("Periood: jaanuar 2024");
        assertThat(DocumentReader.read("fine.odt", Bombs.odt("Periood: jaanuar 2024")).text())
                .contains("Periood: jaanuar 2024");
    }

    @Test
    void refusesAZipContainerWithTooManyParts() {
        assertThatThrownBy(() -> DocumentReader.read("many.docx", Bombs.docxWithEntries(5_000)))
                .isInstanceOf(UnreadableDocumentException.class)
                .hasMessage("The Word document has more than 1000 parts; a project page has a few dozen, so it is not read.");
    }

    @Test
    void refusesEntityExpansionInWordAndOpenDocumentParts() {
        byte[] docx = Bombs.withLaughs(OfficeFixtures.docx("Periood: jaanuar 2024"), "word/document.xml", "w:document");
        byte[] odt = Bombs.withLaughs(Bombs.odt("Periood: jaanuar 2024"), "content.xml", "office:document-content");
        long start = System.nanoTime();
        assertThatThrownBy(() -> DocumentReader.read("laughs.docx", docx))
                .hasMessage("The Word document is not read: its part word/document.xml declares a DTD, which documents"
                        + " of this kind never do (it could expand entities or read other files).");
        assertThatThrownBy(() -> DocumentReader.read("laughs.odt", odt))
                .hasMessageStartingWith("The OpenDocument text is not read: its part content.xml declares a DTD");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void refusesADtdInUtf16Too() {
        byte[] xml = ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + Bombs.laughsDtd("w:document")
                + "<w:document/>").getBytes(StandardCharsets.UTF_16LE);
        byte[] docx = Bombs.RawZip.of(java.util.List.of(Bombs.RawZip.stored("[Content_Types].xml", new byte[0]),
                Bombs.RawZip.stored("word/document.xml", xml)));
        assertThatThrownBy(() -> DocumentReader.read("laughs16.docx", docx)).hasMessageContaining("declares a DTD");
    }

    @Test
    void stopsEveryKindOfDocumentAtTheTimeLimit() {
        ReadLimits none = new ReadLimits(ReadLimits.DEFAULT.maxUnpackedBytes(), ReadLimits.DEFAULT.maxEntries(), Duration.ZERO);
        assertThatThrownBy(() -> DocumentReader.read("slow.docx", OfficeFixtures.docx("Periood: jaanuar 2024"), none))
                .hasMessage("Reading the Word document took too long, so it was stopped; a project page is read in a second or two.");
        assertThatThrownBy(() -> DocumentReader.read("slow.odt", Bombs.odt("Periood: jaanuar 2024"), none))
                .hasMessageStartingWith("Reading the OpenDocument text took too long");
        assertThatThrownBy(() -> DocumentReader.read("slow.pdf", OfficeFixtures.pdf("Periood: jaanuar 2024"), none))
                .hasMessageStartingWith("Reading the PDF took too long");
        assertThatThrownBy(() -> DocumentReader.read("slow.html", "<html><body><p>Periood: 2024</p></body></html>"
                .getBytes(StandardCharsets.UTF_8), none))
                .hasMessageStartingWith("Reading the HTML page took too long");
    }
}
