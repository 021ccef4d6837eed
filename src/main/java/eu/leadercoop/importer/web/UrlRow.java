package eu.leadercoop.importer.web;

import eu.leadercoop.importer.fetch.UrlImporter;

import java.util.ArrayList;
import java.util.List;

/**
 * One address read from the web, for the page and the API: its draft, or the message that says why there is none
 * (a key of {@code messages/importer*.properties} and its arguments, the address first).
 *
 * @param address    as given
 * @param draftId    the draft kept, or null
 * @param source     the draft's source (the address the page was found at), or null
 * @param title      the title read, or null
 * @param problem    the problem's code ({@code not_found}, {@code private_address}...), or null
 * @param messageKey the message to show
 * @param args       its arguments
 */
public record UrlRow(String address, Long draftId, String source, String title, String problem, String messageKey, Object[] args) {

    static UrlRow of(UrlImporter.Outcome outcome) {
        return switch (outcome) {
            case UrlImporter.Drafted d -> new UrlRow(d.address(), d.draft().id(), d.draft().sourceName(),
                    d.draft().extracted().title(), null, "importer.url.kept", new Object[] {d.draft().sourceName()});
            case UrlImporter.Failed f -> {
                List<Object> args = new ArrayList<>();
                args.add(f.address());
                args.addAll(f.problem().args());
                yield new UrlRow(f.address(), null, null, null, f.problem().kind().code(), f.problem().messageKey(), args.toArray());
            }
        };
    }

    public boolean kept() {
        return draftId != null;
    }
}
