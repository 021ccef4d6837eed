package eu.leadercoop.translation.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a JSON body and reads the JSON answer, for the translation services' adapters. Sorts what goes
 * wrong into {@link TranslationFailure}s: HTTP 429 and 5xx, timeouts and broken connections are
 * passing; any other status and an unreadable answer are not. The whole exchange, not only connecting,
 * must end within {@code timeout}.
 */
final class JsonOverHttp {

    /** Our own mapper: the services' field names (translatedText, source_lang) are theirs, not the API's snake case. */
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_ERROR_CHARS = 200;

    private final HttpClient client;
    private final Duration timeout;

    JsonOverHttp(Duration timeout) {
        this.timeout = timeout;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    JsonNode post(URI uri, Map<String, String> headers, Object body) throws TranslationFailure {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(timeout)
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        headers.forEach(request::header);
        HttpResponse<String> response;
        try {
            response = client.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new TranslationFailure("no answer from " + uri + " within " + timeout.toMillis() + " ms", true, e);
        } catch (IOException e) {
            throw new TranslationFailure("could not reach " + uri + ": " + e, true, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TranslationFailure("interrupted while asking " + uri, false, e);
        }
        int status = response.statusCode();
        if (status != 200) {
            boolean passing = status == 429 || status >= 500;
            throw new TranslationFailure("HTTP " + status + " from " + uri + ": " + shortened(response.body()), passing,
                    retryAfter(response));
        }
        try {
            return JSON.readTree(response.body());
        } catch (JacksonException e) {
            throw new TranslationFailure("unreadable answer from " + uri + ": " + shortened(response.body()), false, e);
        }
    }

    /** {@code Retry-After} in seconds, as translation services send it; a date or nonsense counts as none. */
    private static Duration retryAfter(HttpResponse<?> response) {
        return response.headers().firstValue("Retry-After")
                .filter(v -> v.strip().matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v.strip())))
                .orElse(Duration.ZERO);
    }

    private static String shortened(String body) {
        String oneLine = body == null ? "" : body.replaceAll("\\s+", " ").strip();
        return oneLine.length() <= MAX_ERROR_CHARS ? oneLine : oneLine.substring(0, MAX_ERROR_CHARS) + "…";
    }
}
