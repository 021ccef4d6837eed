package eu.leadercoop.importer;

import eu.leadercoop.importer.ExtractedProject.Partner;
import eu.leadercoop.importer.text.OfficeFixtures;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A seed page saved as Word or PDF gives the same draft as its text. */
class OfficeDocumentExtractionTest {

    private final DocumentImporter importer = new DocumentImporter();

    @Test
    void aPdfOfSeed003GivesItsTitleBudgetPartnersAndPeriod() {
        ExtractedProject p = (ExtractedProject) importer.extract("vunki.pdf", OfficeFixtures.pdf(Fixtures.seed(3)));
        assertThat(p.title()).isEqualTo("Vunki mano! loometalgud");
        assertThat(p.period().start()).isEqualTo("2019-09");
        assertThat(p.budget().ownContribution()).isEqualTo(new BigDecimal("3300.28"));
        assertThat(p.budget().grant()).isEqualTo(new BigDecimal("29702.52"));
        assertThat(p.partners()).extracting(Partner::name)
                .containsExactly("SA Võrumaa Arenduskeskus", "MTÜ Võrumaa Omavalitsuste Liit");
    }

    @Test
    void aWordDocumentOfSeed001GivesItsEventsAndActivities() {
        ExtractedProject p = (ExtractedProject) importer.extract("kklm.docx", OfficeFixtures.docx(Fixtures.seed(1)));
        assertThat(p.events()).hasSize(7);
        assertThat(p.activities()).hasSize(6);
        assertThat(p.contacts().get(0).email()).isEqualTo("kai.kulbok@kklm.ee");
    }

    @Test
    void aPdfWithoutTextIsAFailureWithAMessageNotAnException() {
        assertThat(importer.extract("scan.pdf", OfficeFixtures.pdfWithoutText())).isEqualTo(new ExtractionFailure(
                "scan.pdf", "The PDF has no text layer (a scan?); OCR is not supported, so nothing could be read."));
    }
}
