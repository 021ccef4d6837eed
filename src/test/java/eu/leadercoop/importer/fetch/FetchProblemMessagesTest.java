package eu.leadercoop.importer.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** Every problem of a web address can be told in Estonian, Polish and English, naming the address. */
class FetchProblemMessagesTest {

    @Test
    void everyProblemHasAMessageThatNamesTheAddressInEveryLanguage() throws Exception {
        for (String file : List.of("importer.properties", "importer_et.properties", "importer_pl.properties")) {
            Properties messages = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/messages/" + file)) {
                messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (FetchProblem.Kind kind : FetchProblem.Kind.values()) {
                String key = FetchProblem.of(kind).messageKey();
                String pattern = messages.getProperty(key);
                assertThat(pattern).as("%s in %s", key, file).isNotBlank();
                String text = new MessageFormat(pattern, Locale.ROOT).format(new Object[] {"https://www.example.ee/p", "a", "b"});
                assertThat(text).as(key).startsWith("https://www.example.ee/p: ").doesNotContain("{", "}");
            }
        }
    }

    @Test
    void thePrivateAddressMessageNamesTheHostAndItsAddress() throws Exception {
        Properties messages = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/messages/importer.properties")) {
            messages.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        assertThat(new MessageFormat(messages.getProperty("importer.url.problem.private_address"), Locale.ROOT)
                .format(new Object[] {"http://intranet.example/", "intranet.example", "10.0.0.5"}))
                .isEqualTo("http://intranet.example/: the host intranet.example is at a private or local network address "
                        + "(10.0.0.5); LeaderCoop reads only public sites.");
    }
}
