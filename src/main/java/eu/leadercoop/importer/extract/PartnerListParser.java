package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Partner;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads partner lists: names separated by commas, semicolons, line breaks or bullets; roles in brackets
 * ({@code (juhtpartner)}) or as a word before the name ({@code Taotleja X, partner Y}); legal forms before or
 * after the name; quoted names ({@code „Puszcza Kozienicka”}) kept whole. "ja", "i", "and" join two names
 * only where a legal form shows that a new name begins, because they also occur inside names
 * ({@code Kraina Lasów i Jezior}).
 */
final class PartnerListParser {

    /** A partner and where it was read. */
    record Found(Partner partner, int start, int end) {
    }

    private static final Pattern ROLE_IN_BRACKETS = Pattern.compile("\\(([^()]{2,40})\\)");
    private static final Pattern ROLE_BEFORE = Pattern.compile(
            "^(juhtpartner|partner wiodący|lider projektu|lider|lead partner|koordynator|coordinator|koordinaator"
                    + "|taotleja|wnioskodawca|beneficjent|applicant|partnerid|partnerzy|partners|partner)\\s*[:–-]?\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ROLE_AFTER = Pattern.compile(
            "\\s+[–-]\\s+(juhtpartner|partner wiodący|lider|lead partner|koordynator|coordinator|taotleja"
                    + "|wnioskodawca|applicant)$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern JOINER = Pattern.compile("\\s+(?:ja|ning|i|oraz|and|&|un|ir|och|und|et|a|sekä)\\s+");
    private static final Pattern LEGAL_FORM_START = Pattern.compile(
            "^(?:mtü|mittetulundusühing|sa|sihtasutus|oü|as|stowarzyszenie|fundacja|lgd|lokalna grupa działania"
                    + "|gmina|powiat|związek|spółdzielnia|association|foundation|the)(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEGAL_FORM_END = Pattern.compile(
            "(?<![\\p{L}])(?:mtü|sa|oü|as|vald|linn|lgd|ry|r\\.y\\.|e\\.v\\.|ltd|gmbh)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern LEGAL_FORMS = Pattern.compile(
            "(?<![\\p{L}])(?:mtü|mittetulundusühing|sa|sihtasutus|stowarzyszenie|fundacja|ry|r\\.y\\.)(?![\\p{L}])");
    /** A legal form standing alone between commas: it belongs to the name before it. */
    private static final Pattern LEGAL_FORM_ALONE = Pattern.compile(
            "(?:ltd|limited|llc|inc|plc|gmbh|ag|oü|as|mtü|sa|ry|r\\.y\\.|e\\.v\\.|sp\\. z o\\.o\\.|s\\.a\\.|clg|cic|oy|ab)\\.?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PERSON = Pattern.compile("(?:" + Vocabulary.get().alternation("person.role") + ")(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FROM_COUNTRY = Pattern.compile("\\s+\\p{Ll}{1,4}\\s+(\\p{Lu}\\p{L}+)$");
    private static final Pattern BRACKETS = Pattern.compile("\\s*\\(([^()]{2,40})\\)");
    private static final Pattern TRAILING_MARKS = Pattern.compile("[\\s,.]+$");
    private static final Pattern LEADING_JOINER = Pattern.compile("^(?:ja|ning|i|oraz|and|&)\\s+",
            Pattern.CASE_INSENSITIVE);

    private PartnerListParser() {
    }

    /** Partners from every partner-list section, in the order written, without duplicates. */
    static List<Found> read(List<Section> sections) {
        List<Found> found = new ArrayList<>();
        List<Seen> keys = new ArrayList<>();
        for (Section section : sections) {
            if (!section.kind().isPartnerList()) {
                continue;
            }
            String firstRole = firstRole(section);
            for (Line line : section.valueAndBody()) {
                if (isProseLine(line)) {
                    // a sentence under the label names its partners among other words: take the names it mentions
                    for (Found f : PartnerMentions.read(List.of(line))) {
                        add(found, keys, f);
                    }
                    continue;
                }
                if (!isListLine(line) || PERSON.matcher(line.text()).lookingAt()) {
                    // "Projektledare Linda Arontzon": a person with their job, not an organisation
                    continue;
                }
                for (Found f : parseLine(line, defaultRole(section.kind()), firstRole)) {
                    add(found, keys, f);
                    firstRole = null;
                }
            }
        }
        return found;
    }

    /** Whether the text begins with a legal form ({@code MTÜ}, {@code mittetulundusühing}, {@code Stowarzyszenie}). */
    static boolean startsWithLegalForm(String text) {
        return LEGAL_FORM_START.matcher(text).find();
    }

    /** Splits one line of names into partners. */
    static List<Found> parseLine(Line line, String defaultRole, String firstRole) {
        return parseLine(line, defaultRole, firstRole, false);
    }

    /**
     * Splits one line of names into partners; {@code whole}: each piece between commas is one name, words in lower
     * case included ({@code LAG Cesu rajona lauku partneriba}), as in a list a sentence introduces.
     */
    static List<Found> parseLine(Line line, String defaultRole, String firstRole, boolean whole) {
        List<Found> out = new ArrayList<>();
        String text = line.text();
        int itemStart = ListMarker.end(text);
        for (int[] piece : pieces(text, itemStart)) {
            String raw = text.substring(piece[0], piece[1]);
            if (!out.isEmpty() && LEGAL_FORM_ALONE.matcher(raw.strip()).matches()) {
                // "Local Action Group „Sea and Forest”, Ltd.": the legal form after a comma is the previous name's
                out.set(out.size() - 1, withLegalForm(out.get(out.size() - 1), text, line.start(), piece[1]));
                continue;
            }
            for (int[] part : splitJoined(text, piece[0], piece[1])) {
                Found f = partner(text.substring(part[0], part[1]), line.start() + part[0], defaultRole,
                        out.isEmpty() ? firstRole : null, whole);
                if (f != null) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    private static Found partner(String raw, int start, String defaultRole, String firstRole, boolean whole) {
        String asWritten = Text.trimItem(raw);
        if (asWritten.endsWith(".")) {
            asWritten = asWritten.substring(0, asWritten.length() - 1).trim();
        }
        String name = LEADING_JOINER.matcher(asWritten).replaceFirst("");
        String role = null;
        Matcher brackets = ROLE_IN_BRACKETS.matcher(name);
        while (brackets.find()) {
            String r = role(brackets.group(1));
            if (r != null) {
                role = r;
                name = (name.substring(0, brackets.start()) + name.substring(brackets.end())).trim();
                break;
            }
        }
        name = BRACKETS.matcher(name).replaceAll(b -> Countries.first(Text.lower(b.group(1))) != null
                && Text.countWords(b.group(1)) <= 3 ? "" : Matcher.quoteReplacement(b.group())).strip();
        Matcher before = ROLE_BEFORE.matcher(name);
        if (before.find() && Text.hasUpperCaseLetter(name.substring(before.end()))) {
            String r = role(before.group(1));
            role = role == null ? r : role;
            name = name.substring(before.end());
        }
        Matcher after = ROLE_AFTER.matcher(name);
        if (after.find()) {
            role = role == null ? role(after.group(1)) : role;
            name = name.substring(0, after.start());
        }
        name = withoutCountry(Text.trimItem(name));
        // in a list a sentence introduces, a named group's words in lower case are its name, not prose
        boolean listedGroup = whole && Text.countWords(name) <= 10 && startsWithKnownName(name);
        if (!isName(name) && !listedGroup) {
            return null;
        }
        // "Kraina św. Anny w Górach": the organisation's own words, where the piece says more than its name
        if (hasLowerCaseWords(name) && !(whole && startsWithKnownName(name))) {
            List<OrganisationMentions.Mention> named = OrganisationMentions.in(Line.of(0, name, 0));
            if (named.size() == 1 && hasLowerCaseWords(name.replace(named.get(0).name(), " "))) {
                name = named.get(0).name();
            }
        }
        if (role == null) {
            role = firstRole != null ? firstRole : defaultRole;
        }
        int offset = raw.indexOf(asWritten.isEmpty() ? raw : asWritten.substring(0, 1));
        int s = start + Math.max(0, offset);
        return new Found(new Partner(name, role, null, asWritten), s, s + asWritten.length());
    }

    /** Whether an organisation's name begins the piece: the words after it are then the rest of its name. */
    private static boolean startsWithKnownName(String name) {
        List<OrganisationMentions.Mention> named = OrganisationMentions.in(Line.of(0, name, 0));
        return named.size() == 1 && named.get(0).start() == 0;
    }

    /** The partner read before a legal form that followed it after a comma, with the form appended. */
    private static Found withLegalForm(Found previous, String text, int lineStart, int pieceEnd) {
        String written = Text.trimItem(text.substring(previous.start() - lineStart, pieceEnd));
        String form = Text.trimItem(text.substring(previous.end() - lineStart, pieceEnd)).replaceFirst("^,\\s*", "");
        if (form.endsWith(".") && !form.contains(" ")) {
            form = form.substring(0, form.length() - 1);
        }
        Partner p = previous.partner();
        return new Found(new Partner(p.name() + ", " + form, p.role(), p.organisationId(), written, p.joined()),
                previous.start(), lineStart + pieceEnd);
    }

    /** Pieces between commas, semicolons and bullets that are not inside brackets or quotes. */
    private static List<int[]> pieces(String text, int from) {
        List<int[]> pieces = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = from;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == '„' || c == '«' || (c == '“' && !quoted)) {
                quoted = true;
            } else if (c == '”' || c == '»' || c == '“') {
                quoted = false;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (depth == 0 && !quoted && (c == ',' || c == ';' || c == '•' || c == '|')) {
                pieces.add(new int[]{start, i});
                start = i + 1;
            }
        }
        pieces.add(new int[]{start, text.length()});
        return pieces;
    }

    /** "MTÜ A ja MTÜ B": two names, because a legal form ends the first or starts the second. */
    private static List<int[]> splitJoined(String text, int start, int end) {
        String piece = text.substring(start, end);
        Matcher m = JOINER.matcher(piece);
        List<int[]> parts = new ArrayList<>(1);
        int from = 0;
        List<OrganisationMentions.Mention> named = null;
        while (m.find()) {
            String left = piece.substring(from, m.start()).trim();
            String right = piece.substring(m.end()).trim();
            if (named == null) {
                // only known names: a name found by its kind stops at "and" by itself (Kraina Lasów i Jezior)
                named = DirectoryNames.in(Line.of(0, piece, 0));
            }
            if (LEGAL_FORM_END.matcher(left).find() || LEGAL_FORM_START.matcher(right).find()
                    || endsOrStartsName(named, m.start(), m.end()) || startsWithKnownName(right)) {
                parts.add(new int[]{start + from, start + m.start()});
                from = m.end();
            }
        }
        parts.add(new int[]{start + from, end});
        return parts;
    }

    /** Whether a known group's name ends right before the joiner or begins right after it (Linnaseutu ja Aktiivinen …). */
    private static boolean endsOrStartsName(List<OrganisationMentions.Mention> named, int joinerStart, int joinerEnd) {
        for (OrganisationMentions.Mention n : named) {
            if (n.end() == joinerStart || n.start() == joinerEnd) {
                return true;
            }
        }
        return false;
    }

    /**
     * {@code Eestist Arenduskoda}, {@code Lätist LAG Cesu}, {@code MTÜ Arenduskoda aus Estland}: the country a partner
     * comes from is no part of its name.
     */
    private static String withoutCountry(String name) {
        int space = name.indexOf(' ');
        if (space < 0 || Text.countWords(name) < 2) {
            return name;
        }
        Matcher from = FROM_COUNTRY.matcher(name);
        if (from.find() && Countries.first(Text.lower(from.group(1))) != null) {
            return name.substring(0, from.start()).strip();
        }
        String first = name.substring(0, space);
        String code = Countries.first(Text.lower(first));
        return code != null && Character.isUpperCase(first.charAt(0)) && !first.equalsIgnoreCase(code) ? name.substring(space + 1).strip() : name;
    }

    /** A line of running text: long, with more words in lower case than a list of names has. */
    private static boolean isProseLine(Line line) {
        String t = line.text();
        int markerEnd = ListMarker.end(t);
        return Text.countWords(t) >= 8 && isProse(t.substring(markerEnd));
    }

    private static boolean isListLine(Line line) {
        String t = line.text();
        if (t.isEmpty() || !AmountParser.findAll(t).isEmpty()) {
            return false;
        }
        // a list of names has commas or is short; a long sentence below the list is something else
        return Text.countWords(t) <= 16 || t.indexOf(',') >= 0 || t.indexOf(';') >= 0;
    }

    private static boolean isName(String name) {
        if (name.length() < 2 || name.length() > 160 || Text.countWords(name) > 14) {
            return false;
        }
        return (Text.hasUpperCaseLetter(name) || name.indexOf('„') >= 0 || name.indexOf('"') >= 0) && !isProse(name)
                && !NOT_A_NAME.matcher(name).find() && !isDate(name) && !isCountry(name) && hasNameShape(name);
    }

    /** {@code Romania}, {@code Soomest}: a country alone is where partners come from, not a partner. */
    private static boolean isCountry(String name) {
        return Text.countWords(name) == 1 && Countries.first(Text.lower(name)) != null;
    }

    /** A web or mail address, a street ({@code ul. Dworcowa 33}), a postcode ({@code 58-420}) or a "label:" is no name. */
    private static final Pattern NOT_A_NAME = Pattern.compile(
            "https?://|www\\.|@|^(?:ul|al|pl|os)\\.\\s|^\\d|\\b\\d{2}-\\d{3}\\b|^\\p{L}+(?: \\p{L}+)?:\\s");

    /** {@code June 2016 – February 2019}: a few words around a year. */
    private static boolean isDate(String name) {
        return Text.countWords(name) <= 5 && !Dates.findAll(name).isEmpty() && name.matches(".*\\b\\d{4}\\b.*");
    }

    /**
     * A sentence under a partner label ({@code Ravakan kansainväliset kumppanit hankkeessa ovat kolme ...}): most of
     * its words are in lower case, where a name's words are capitalised, legal forms or short inner words.
     */
    private static boolean isProse(String name) {
        int words = 0;
        int lower = 0;
        for (String w : name.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            if (isLowerCaseWord(w)) {
                lower++;
            }
        }
        return words >= 4 && lower * 2 > words;
    }

    /**
     * A name is capitalised words, legal forms and short inner words; where its words in lower case are as many as its
     * capitalised ones, it is a phrase ({@code Eelmisel nädalavahetusel}), unless quotes or a kind mark it as a name.
     */
    private static boolean hasNameShape(String name) {
        int capitals = 0;
        int lower = 0;
        for (String w : name.split("\\s+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0))) {
                capitals++;
            } else if (isLowerCaseWord(w)) {
                lower++;
            }
        }
        return lower < capitals || name.indexOf('„') >= 0 || name.indexOf('"') >= 0 || name.indexOf('“') >= 0
                || !OrganisationMentions.in(Line.of(0, name, 0)).isEmpty();
    }

    private static boolean hasLowerCaseWords(String s) {
        for (String w : s.split("\\s+")) {
            if (!w.isEmpty() && isLowerCaseWord(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLowerCaseWord(String w) {
        return Character.isLowerCase(w.charAt(0)) && w.length() > 3 && !LEGAL_FORMS.matcher(w).matches()
                && !LEGAL_FORM_START.matcher(w).matches();
    }

    private static String firstRole(Section section) {
        if (section.kind() != SectionKind.PARTNERS || section.labels().isEmpty()) {
            return null;
        }
        SectionKind first = section.labels().get(0).kind();
        return first == SectionKind.PARTNERS ? null : defaultRole(first);
    }

    private static String defaultRole(SectionKind kind) {
        return switch (kind) {
            case LEAD_PARTNER -> ExtractedProject.LEAD_PARTNER;
            case APPLICANT -> ExtractedProject.APPLICANT;
            case NETWORK_PARTNERS -> ExtractedProject.NETWORK_PARTNER;
            default -> ExtractedProject.PARTNER;
        };
    }

    /** The role a word names, or null when the word is no role. */
    static String role(String word) {
        String w = word.toLowerCase(Locale.ROOT).trim();
        if (w.startsWith("juhtpartner") || w.contains("wiodący") || w.startsWith("lider") || w.startsWith("lead")
                || w.startsWith("koordyn") || w.startsWith("coordinat") || w.startsWith("koordinaator")) {
            return ExtractedProject.LEAD_PARTNER;
        }
        if (w.startsWith("taotleja") || w.startsWith("wnioskodawca") || w.startsWith("beneficjent")
                || w.startsWith("applicant")) {
            return ExtractedProject.APPLICANT;
        }
        if (w.startsWith("partner")) {
            return ExtractedProject.PARTNER;
        }
        return null;
    }

    /** How a partner already read is compared with the next: its key and its name's core. */
    private record Seen(String key, String core) {
    }

    /** Adds a partner unless one of the same key is there; {@code keys} are those of {@code found}, kept beside it. */
    private static void add(List<Found> found, List<Seen> keys, Found f) {
        String key = key(f.partner().name());
        // the same organisation under another kind or legal form (LGD „X”, Lokalna Grupa Działania „X”) has the same core
        String core = OrganisationMentions.core(f.partner().name());
        for (int i = 0; i < found.size(); i++) {
            Partner p = found.get(i).partner();
            Seen known = keys.get(i);
            if (known.key().equals(key) || !core.isEmpty() && core.equals(known.core())) {
                if (ExtractedProject.PARTNER.equals(p.role()) && !ExtractedProject.PARTNER.equals(f.partner().role())) {
                    found.set(i, new Found(new Partner(p.name(), f.partner().role(), null, p.asWritten()),
                            found.get(i).start(), found.get(i).end()));
                }
                return;
            }
        }
        found.add(f);
        keys.add(new Seen(key, core));
    }

    /** Keys already worked out: a list compares each name with every other. */
    private static final Remembered<String> KEYS = new Remembered<>(PartnerListParser::keyOf);

    /** A name without legal form, case and spacing: for comparing spellings of one organisation. */
    static String key(String name) {
        return KEYS.of(name);
    }

    private static String keyOf(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace('„', '"').replace('”', '"').replace('“', '"');
        return TRAILING_MARKS.matcher(Text.squeeze(LEGAL_FORMS.matcher(lower).replaceAll(" "))).replaceAll("");
    }

    private static final JaroWinklerSimilarity SIMILARITY = new JaroWinklerSimilarity();

    /**
     * The partner a heading names, allowing inflection ({@code Ida-Harju Koostöökoja} is the genitive of
     * {@code MTÜ Ida-Harju Koostöökoda}); the heading's words when no partner is close enough.
     */
    static String resolve(String named, List<Found> partners) {
        String key = key(named);
        String best = null;
        double bestScore = 0.92;
        for (Found f : partners) {
            double score = SIMILARITY.apply(key, key(f.partner().name()));
            if (score > bestScore) {
                bestScore = score;
                best = f.partner().name();
            }
        }
        return best == null ? named : best;
    }
}
