package eu.leadercoop.importer.web;

import eu.leadercoop.Responses;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.springframework.http.HttpHeaders;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

/** The import pages driven like a browser would: upload, read the page, submit its form. */
final class ImportClient {

    private final MockMvcTester mvc;
    private final RequestPostProcessor signedIn;

    /** Every request is made as the user {@code signedIn} signs in (with the CSRF token a page carries). */
    ImportClient(MockMvcTester mvc, RequestPostProcessor signedIn) {
        this.mvc = mvc;
        this.signedIn = signedIn;
    }

    MvcTestResult upload(MockMultipartFile... files) {
        MockMultipartHttpServletRequestBuilder request = multipart("/import");
        for (MockMultipartFile f : files) {
            request.file(f);
        }
        return mvc.perform(request.header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(signedIn));
    }

    MvcTestResult paste(String text) {
        return mvc.perform(multipart("/import").param("text", text).header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(signedIn));
    }

    /** Uploads one file and follows to its draft: the draft's id. */
    long uploadOne(String name, byte[] bytes) {
        MvcTestResult result = upload(new MockMultipartFile("files", name, "application/octet-stream", bytes));
        assertThat(result).hasStatus3xxRedirection();
        return draftId(result.getResponse().getRedirectedUrl());
    }

    Document page(String uri, String lang) {
        MvcTestResult result = mvc.get().uri(uri).header(HttpHeaders.ACCEPT_LANGUAGE, lang).with(signedIn).exchange();
        assertThat(result).hasStatusOk();
        return Jsoup.parse(Responses.body(result));
    }

    Document review(long draft) {
        return page("/import/drafts/" + draft, "en");
    }

    HtmlForm reviewForm(Document review) {
        return HtmlForm.of(review.selectFirst("form.lc-review"));
    }

    MvcTestResult submit(HtmlForm form) {
        LinkedMultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        form.values().forEach(params::put);
        MockHttpServletRequestBuilder request = post(form.action()).params(params).header(HttpHeaders.ACCEPT_LANGUAGE, "en").with(signedIn);
        return mvc.perform(request);
    }

    /** Submits a review form that must be accepted: on refusal the assertion names the page's problems. */
    MvcTestResult save(HtmlForm form) {
        MvcTestResult result = submit(form);
        String problems = result.getResponse().getStatus() == 400
                ? html(result).select("#problems li").eachText().toString() : "";
        assertThat(result.getResponse().getStatus()).as("refused: %s", problems).isEqualTo(302);
        return result;
    }

    static long draftId(String location) {
        assertThat(location).startsWith("/import/drafts/");
        return Long.parseLong(location.substring("/import/drafts/".length()));
    }

    static Document html(MvcTestResult result) {
        return Jsoup.parse(Responses.body(result));
    }
}
