package eu.leadercoop.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** The body limit holds whether or not a request says how long its body is. */
class BodyLimitTest {

    private final BodyLimit filter = new BodyLimit();

    @Test
    void aBodyThatSaysItIsTooLargeIsRefusedUnread() throws Exception {
        MockHttpServletRequest declared = new MockHttpServletRequest("POST", "/api/extract") {
            @Override
            public long getContentLengthLong() {
                return BodyLimit.MAX_BYTES + 1;
            }
        };
        declared.setContentType("text/plain");
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(declared, response, (req, res) -> {
            throw new AssertionError("read");
        });
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("The request body is larger than 20 MB");
    }

    @Test
    void aChunkedBodyIsCutAtTheLimit() throws Exception {
        MockHttpServletRequest chunked = new MockHttpServletRequest("POST", "/api/extract") {
            @Override
            public long getContentLengthLong() {
                return -1;
            }

            @Override
            public int getContentLength() {
                return -1;
            }
        };
        chunked.setContentType("text/plain");
        chunked.setContent(new byte[(int) BodyLimit.MAX_BYTES + 10]);
        AtomicReference<ServletRequest> seen = new AtomicReference<>();
        filter.doFilter(chunked, new MockHttpServletResponse(), (req, res) -> seen.set(req));
        assertThatThrownBy(() -> seen.get().getInputStream().readAllBytes()).isInstanceOf(BodyLimit.TooLarge.class);
    }
}
