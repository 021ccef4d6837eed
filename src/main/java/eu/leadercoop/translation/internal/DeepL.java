package eu.leadercoop.translation.internal;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * DeepL's API ({@code POST /v2/translate} with {@code Authorization: DeepL-Auth-Key ...}): the texts go
 * as the array {@code text} with {@code source_lang} and {@code target_lang} in DeepL's upper-case
 * codes; English is asked for as British English ({@code EN-GB}; DeepL no longer takes plain
 * {@code EN} as a target). The answer's {@code translations[].text} are the translations.
 */
final class DeepL implements TextTranslator {

    private final URI endpoint;
    private final String apiKey;
    private final JsonOverHttp http;

    DeepL(URI baseUrl, String apiKey, JsonOverHttp http) {
        this.endpoint = Endpoints.under(baseUrl, "v2/translate");
        this.apiKey = apiKey.strip();
        this.http = http;
    }

    @Override
    public String service() {
        return "deepl";
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) throws TranslationFailure {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("text", texts);
        body.put("source_lang", from.toUpperCase(Locale.ROOT));
        body.put("target_lang", target(to));
        JsonNode answer = http.post(endpoint, Map.of("Authorization", "DeepL-Auth-Key " + apiKey), body);
        List<String> out = new ArrayList<>();
        answer.path("translations").forEach(t -> out.add(t.path("text").asString()));
        return Endpoints.requireOnePerText(out, texts, endpoint);
    }

    static String target(String language) {
        return switch (language) {
            case "en" -> "EN-GB";
            case "pt" -> "PT-PT";
            default -> language.toUpperCase(Locale.ROOT);
        };
    }
}
