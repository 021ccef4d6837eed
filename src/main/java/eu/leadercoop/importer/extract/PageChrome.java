package eu.leadercoop.importer.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells the lines a web page carries around its content from the content: menus and skip links, section names
 * of the site ({@code Projektid}, {@code KANSAINVÄLISYYS}), breadcrumbs, picture file names, a programme's name
 * alone on a line ({@code MAK}), the site's own name (a short line that is an organisation's name). None of them
 * is a project's title.
 */
final class PageChrome {

    private static final Pattern WHOLE_LINE = whole("page.chrome");
    private static final Pattern PROGRAMME = whole("programme");
    private static final Pattern ORGANISATION = Vocabulary.get().words("organisation.head");
    private static final Pattern ORGANISATION_FORM = Vocabulary.get().words("organisation.before");
    private static final Pattern PICTURE = Pattern.compile("\\.(?:jpe?g|png|gif|webp)\\b|\\(\\d+x\\d+\\)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern COOKIES = Pattern.compile("cookie|küpsis|ciasteczk|sīkdatn|slapuk|evästee",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern EDGE_MARKS = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

    private PageChrome() {
    }

    static boolean isChrome(Line line) {
        String t = EDGE_MARKS.matcher(line.lower()).replaceAll("");
        if (t.isEmpty()) {
            return true;
        }
        if (WHOLE_LINE.matcher(t).matches() || PROGRAMME.matcher(t).matches()) {
            return true;
        }
        if (PICTURE.matcher(t).find() || t.length() < 200 && COOKIES.matcher(t).find() && Text.countWords(t) > 3) {
            return true;
        }
        return isBreadcrumb(line.text());
    }

    /** "Lokalna Grupa Działania „Zapilicze”", "Baro Konfederacija": the site's owner, above every page of the site. */
    static boolean isSiteName(Line line) {
        String t = line.text();
        if (Text.countWords(t) > 6 || t.endsWith(".") || t.indexOf(':') >= 0 || !NamedProjects.in(line, null).isEmpty()) {
            return false;
        }
        // the name begins with its legal form or kind (Lokalna Grupa Działania „…”), or ends with its head word (… LGD)
        if (ORGANISATION_FORM.matcher(t).lookingAt()) {
            return true;
        }
        Matcher head = ORGANISATION.matcher(t);
        while (head.find()) {
            if (t.substring(head.end()).isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** "Avaleht » Projektid » Koostööprojektid": the site's path, not the page's title. */
    static boolean isBreadcrumb(String text) {
        int separators = 0;
        for (int i = 0; i < text.length(); i++) {
            if ("»›>/|→".indexOf(text.charAt(i)) >= 0) {
                separators++;
            }
        }
        return separators >= 2 && WebsiteReader.URL.matcher(text).results().findAny().isEmpty();
    }

    private static Pattern whole(String key) {
        String alternation = Vocabulary.get().alternation(key);
        return Pattern.compile(alternation == null ? "(?!)" : "(?:" + alternation + ")",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}
