package eu.leadercoop.translation.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * LibreTranslate's API ({@code POST /translate}; a server a site or administration may run itself):
 * the texts go as the array {@code q} with {@code source}, {@code target}, {@code format=text} and the
 * {@code api_key} when one is set; the answer's {@code translatedText} is the array of translations.
 */
final class LibreTranslate implements TextTranslator {

    private final URI endpoint;
    private final String apiKey;
    private final JsonOverHttp http;

    LibreTranslate(URI baseUrl, String apiKey, JsonOverHttp http) {
        this.endpoint = Endpoints.under(baseUrl, "translate");
        this.apiKey = apiKey == null || apiKey.isBlank() ? null : apiKey.strip();
        this.http = http;
    }

    @Override
    public String service() {
        return "libretranslate";
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("q", texts);
        body.put("source", from);
        body.put("target", to);
        body.put("format", "text");
        if (apiKey != null) {
            body.put("api_key", apiKey);
        }
        JsonNode translated = http.post(endpoint, Map.of(), body).path("translatedText");
        List<String> out = new ArrayList<>();
        if (translated.isArray()) {
            translated.forEach(t -> out.add(t.asString()));
        } else if (translated.isString() && texts.size() == 1) {
            out.add(translated.asString()); // a server that answers one text with a string, as for a single q
        }
        return Endpoints.requireOnePerText(out, texts, endpoint);
    }
}
