package eu.leadercoop.importer.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A draft's source as the reader sees it: the file name or address it came from, or, for text pasted into the
 * import page, "pasted text" in the reader's language (the draft keeps the English marker it was saved with).
 * Templates call it as {@code ${@importSourceNames.shown(name)}}.
 */
@Component("importSourceNames")
public class SourceNames {

    /** The source name a draft of pasted text is saved with. */
    static final String PASTED_TEXT = "pasted text";

    private final MessageSource messages;

    SourceNames(MessageSource messages) {
        this.messages = messages;
    }

    public String shown(String sourceName) {
        return PASTED_TEXT.equals(sourceName)
                ? messages.getMessage("importer.source.pasted", null, LocaleContextHolder.getLocale())
                : sourceName;
    }
}
