package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

class LanguageLinksTest {

    @Test
    void theLinkKeepsThePathTheQueryAndTheFiltersAndReplacesTheLanguage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/search");
        request.setQueryString("q=%C3%B5ppereis&country=EE&country=PL&lang=et");

        assertThat(LanguageLinks.to(request, "pl")).isEqualTo("/search?q=%C3%B5ppereis&country=EE&country=PL&lang=pl");
    }

    @Test
    void aPageWithoutQueryGetsOnlyTheLanguage() {
        assertThat(LanguageLinks.to(new MockHttpServletRequest("GET", "/projects/3"), "en")).isEqualTo("/projects/3?lang=en");
    }

    @Test
    void anErrorPageLinksToTheAddressTheReaderAskedForNotToTheErrorPage() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/nonexistent-page");
        request.setAttribute(RequestDispatcher.ERROR_QUERY_STRING, "x=1");

        assertThat(LanguageLinks.to(request, "et")).isEqualTo("/nonexistent-page?x=1&lang=et");
    }
}
