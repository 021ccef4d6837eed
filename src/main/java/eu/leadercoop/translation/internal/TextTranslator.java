package eu.leadercoop.translation.internal;

import java.util.List;

/** A translation service: translates texts from one language into another, keeping their order. */
interface TextTranslator {

    /** The service's name as stored beside each translation, e.g. {@code libretranslate}. */
    String service();

    /**
     * @param from ISO 639-1 code of the texts' language
     * @param to ISO 639-1 code of the language wanted
     * @return one translation per text, in the same order
     */
    List<String> translate(List<String> texts, String from, String to) throws TranslationFailure;
}
