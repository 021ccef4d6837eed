package eu.leadercoop.translation.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A local HTTP server that speaks both protocols as their documentation describes them: LibreTranslate's
 * {@code POST /translate} ({@code q}, {@code source}, {@code target}, {@code format}, {@code api_key} in,
 * {@code translatedText} out) and DeepL's {@code POST /v2/translate} ({@code Authorization: DeepL-Auth-Key},
 * {@code text}, {@code source_lang}, {@code target_lang} in, {@code translations[].text} out). It translates
 * by a dictionary (target language and text), else by writing {@code [pl] } before the text; it can be told
 * to answer the next requests with an HTTP status or to answer only after a delay, and to fail every
 * request whose texts contain a word. It keeps every request it was sent.
 */
final class FakeTranslationServer implements AutoCloseable {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One request as received. */
    record Received(String path, Map<String, List<String>> headers, JsonNode body) {

        String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().getFirst()).findFirst().orElse(null);
        }

        /** The texts sent, in either protocol. */
        List<String> texts() {
            JsonNode texts = body.has("q") ? body.get("q") : body.get("text");
            List<String> out = new ArrayList<>();
            if (texts.isArray()) {
                texts.forEach(t -> out.add(t.asString()));
            } else {
                out.add(texts.asString());
            }
            return out;
        }

        /** The target language, in either protocol, as ISO 639-1. */
        String target() {
            String target = body.has("target") ? body.get("target").asString() : body.get("target_lang").asString();
            return target.substring(0, 2).toLowerCase(Locale.ROOT);
        }
    }

    private record Fault(int status, long delayMillis, String retryAfter) {
    }

    private final HttpServer server;
    private final List<Received> received = Collections.synchronizedList(new ArrayList<>());
    private final Deque<Fault> faults = new ConcurrentLinkedDeque<>();
    private final Map<String, String> dictionary = new ConcurrentHashMap<>();
    private volatile Predicate<String> failing = text -> false;

    FakeTranslationServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "fake-translation-server");
            t.setDaemon(true);
            return t;
        }));
        server.createContext("/translate", e -> answer(e, false));
        server.createContext("/v2/translate", e -> answer(e, true));
        server.start();
    }

    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** {@code text} translated into {@code target} reads {@code translation}. */
    FakeTranslationServer translates(String target, String text, String translation) {
        dictionary.put(target + "\u0000" + text, translation);
        return this;
    }

    /** The next request is answered with this status (and {@code Retry-After} when not null). */
    FakeTranslationServer thenStatus(int status, String retryAfter) {
        faults.add(new Fault(status, 0, retryAfter));
        return this;
    }

    /** The next request is answered only after this long. */
    FakeTranslationServer thenDelay(long millis) {
        faults.add(new Fault(200, millis, null));
        return this;
    }

    /** Every request with a text containing {@code word} is answered HTTP 500. */
    FakeTranslationServer failing(String word) {
        failing = text -> text.contains(word);
        return this;
    }

    List<Received> received() {
        synchronized (received) {
            return List.copyOf(received);
        }
    }

    /** Every text sent so far, in every request. */
    List<String> textsSent() {
        return received().stream().flatMap(r -> r.texts().stream()).toList();
    }

    void forget() {
        received.clear();
    }

    private void answer(HttpExchange exchange, boolean deepl) throws IOException {
        try (exchange) {
            JsonNode body = JSON.readTree(exchange.getRequestBody().readAllBytes());
            Received request = new Received(exchange.getRequestURI().getPath(), Map.copyOf(exchange.getRequestHeaders()), body);
            received.add(request);
            Fault fault = faults.poll();
            if (fault != null && fault.delayMillis() > 0) {
                sleep(fault.delayMillis());
            }
            if (fault != null && fault.status() != 200) {
                if (fault.retryAfter() != null) {
                    exchange.getResponseHeaders().add("Retry-After", fault.retryAfter());
                }
                send(exchange, fault.status(), "{\"error\": \"scripted failure\"}");
                return;
            }
            if (request.texts().stream().anyMatch(failing)) {
                send(exchange, 500, "{\"error\": \"the translation engine stopped\"}");
                return;
            }
            String target = request.target();
            ObjectNode out = JSON.createObjectNode();
            if (deepl) {
                ArrayNode translations = out.putArray("translations");
                request.texts().forEach(t -> translations.addObject()
                        .put("detected_source_language", body.get("source_lang").asString()).put("text", translate(target, t)));
            } else {
                ArrayNode translated = out.putArray("translatedText");
                request.texts().forEach(t -> translated.add(translate(target, t)));
            }
            send(exchange, 200, JSON.writeValueAsString(out));
        }
    }

    private String translate(String target, String text) {
        return dictionary.getOrDefault(target + "\u0000" + text, "[" + target + "] " + text);
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        } catch (IOException e) {
            // the client gave up waiting (the timeout tests): nothing to answer any more
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
