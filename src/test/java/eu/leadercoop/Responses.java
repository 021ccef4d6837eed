package eu.leadercoop;

import java.nio.charset.StandardCharsets;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Reading test responses as UTF-8 text, whatever the servlet response thinks its encoding is. */
public final class Responses {

    private Responses() {
    }

    public static String body(MvcTestResult result) {
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }
}
