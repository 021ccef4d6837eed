package eu.leadercoop.importer.fetch;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A web address as a person types it, made into an absolute {@code http} or {@code https} URI or refused: a
 * missing scheme becomes {@code https://} when the text starts like a host name ({@code www.leader.ee/projekt}),
 * an international host name is written in ASCII (IDN), spaces and non-ASCII characters of the path and query are
 * percent-encoded, the fragment is dropped. User names and passwords in the address are refused: a public page
 * needs none, and they would end up in the draft's source.
 */
public final class WebAddress {

    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern HOST_LIKE = Pattern.compile("^[\\p{L}\\p{N}-]+(\\.[\\p{L}\\p{N}-]+)+(:\\d+)?([/?#].*)?$");
    private static final Pattern PARTS = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*)://([^/?#]*)([^#]*)(#.*)?$");

    private WebAddress() {
    }

    /**
     * Parses what a person gave.
     *
     * @throws FetchProblem.Exception {@code malformed} or {@code scheme}
     */
    public static URI parse(String text) throws FetchProblem.Exception {
        String s = text == null ? "" : text.strip();
        if (s.isEmpty() || s.length() > 2000 || s.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        Matcher scheme = SCHEME.matcher(s);
        if (scheme.find() && !(HOST_LIKE.matcher(s).matches() && s.substring(scheme.end()).matches("\\d+([/?#].*)?"))) {
            String name = scheme.group(1).toLowerCase(Locale.ROOT);
            if (!name.equals("http") && !name.equals("https")) {
                throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.SCHEME, name));
            }
        } else if (HOST_LIKE.matcher(s).matches()) {
            s = "https://" + s;
        } else {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        Matcher parts = PARTS.matcher(s);
        if (!parts.matches()) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        String authority = parts.group(2);
        if (authority.contains("@") || authority.isEmpty()) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        String host = authority;
        String port = "";
        if (!authority.startsWith("[")) {
            int colon = authority.lastIndexOf(':');
            if (colon >= 0) {
                host = authority.substring(0, colon);
                port = authority.substring(colon);
            }
            try {
                host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
            }
        }
        String rest = encode(parts.group(3));
        String ascii = parts.group(1).toLowerCase(Locale.ROOT) + "://" + host.toLowerCase(Locale.ROOT) + port
                + (rest.isEmpty() ? "/" : rest);
        try {
            URI uri = new URI(ascii);
            if (uri.getHost() == null || uri.getHost().isEmpty() || uri.getRawUserInfo() != null
                    || (uri.getPort() != -1 && (uri.getPort() < 1 || uri.getPort() > 65535))) {
                throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
    }

    /**
     * Where a redirect points: {@code location} resolved against the address that answered, then checked like a
     * typed address.
     */
    public static URI resolve(URI base, String location) throws FetchProblem.Exception {
        if (location == null || location.isBlank()) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        String loc = encode(location.strip());
        URI target;
        try {
            target = base.resolve(new URI(loc));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchProblem.Exception(FetchProblem.of(FetchProblem.Kind.MALFORMED));
        }
        return parse(target.toString());
    }

    /** Percent-encodes spaces, non-ASCII characters and the few ASCII characters a URI cannot hold as they are. */
    private static String encode(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if (c <= 0x20 || c >= 0x7F || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^' || c == '`'
                    || c == '{' || c == '|' || c == '}') {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            } else {
                out.append((char) c);
            }
        }
        return out.toString();
    }
}
