package eu.leadercoop.translation.internal;

import java.net.URI;
import java.util.List;

/** What both adapters need of their service's address and answers. */
final class Endpoints {

    private Endpoints() {
    }

    /** {@code path} under the base address, whether or not that ends with a slash. */
    static URI under(URI base, String path) {
        String s = base.toString();
        return URI.create(s.endsWith("/") ? s + path : s + "/" + path);
    }

    /** The translations when there is one for each text; a service that lost some is not believed. */
    static List<String> requireOnePerText(List<String> translated, List<String> texts, URI endpoint) throws TranslationFailure {
        if (translated.size() != texts.size() || translated.stream().anyMatch(t -> t == null || t.isBlank())) {
            throw new TranslationFailure(endpoint + " gave " + translated.size() + " translations for " + texts.size()
                    + " texts", false, (Throwable) null);
        }
        return translated;
    }
}
