package eu.leadercoop.reports.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** How the page and the API hand out a report: a PDF download named after the project and language. */
final class PdfResponses {

    private PdfResponses() {
    }

    static ResponseEntity<byte[]> pdf(long projectId, String lang, byte[] pdf) {
        String file = "leadercoop-project-" + projectId + "-" + lang + ".pdf";
        return ResponseEntity.ok()
                .contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename(file).build().toString())
                .body(pdf);
    }
}
