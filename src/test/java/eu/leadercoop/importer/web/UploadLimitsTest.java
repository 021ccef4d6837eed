package eu.leadercoop.importer.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import eu.leadercoop.importer.draft.ImportDrafts;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.ModelAndView;

/** An upload too big to receive is answered in words: the Import page with a message, or a 413 problem. */
class UploadLimitsTest {

    private final ImportDrafts drafts = mock(ImportDrafts.class);
    @SuppressWarnings("unchecked")
    private final ObjectProvider<ImportDrafts> provider = mock(ObjectProvider.class);
    private final UploadLimits limits = new UploadLimits(provider);

    @Test
    void thePageSaysTheUploadWasTooLargeAndStillListsTheDrafts() {
        when(provider.getIfAvailable()).thenReturn(drafts);
        when(drafts.pending()).thenReturn(List.of());
        ModelAndView page = (ModelAndView) limits.tooLarge(new MockHttpServletRequest("POST", "/import"));
        assertThat(page.getViewName()).isEqualTo("importer/index");
        assertThat(page.getStatus()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(page.getModel()).containsEntry("tooLarge", true).containsKey("pending");
    }

    @Test
    void theApiAnswersWithAProblemDocument() {
        ResponseEntity<?> answer = (ResponseEntity<?>) limits.tooLarge(new MockHttpServletRequest("POST", "/api/import/drafts"));
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.CONTENT_TOO_LARGE);
        assertThat(((ProblemDetail) answer.getBody()).getDetail())
                .isEqualTo("The upload is too large to receive; each file may have at most 20 MB.");
    }
}
