package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** {@code ?lang=%ZZ}: Tomcat cannot decode the parameter; that is the client's 400, not a logged server error. */
class ParameterCheckTest {

    @Test
    void parametersTomcatCannotDecodeAreA400BeforeAnythingReadsThem() throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/") {
            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                throw new InvalidParameterException("Character decoding failed. Parameter [lang] with value [%ZZ] has been ignored.");
            }
        };
        MockHttpServletResponse response = new MockHttpServletResponse();
        new ParameterCheck().doFilter(request, response, (req, res) -> {
            throw new AssertionError("passed on");
        });
        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getContentAsString()).isEqualTo("The request's parameters are not valid percent-encoded UTF-8.");
    }
}
