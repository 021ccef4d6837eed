package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject.Contact;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads contacts: one per line that has an e-mail address or a phone number, in a contact section or anywhere
 * for e-mail addresses. The name is the part of the line that looks like a person's name (two to four
 * capitalised words, no digits); phones are taken where a contact label or an e-mail makes them likely, so
 * that amounts and reference numbers are never read as phones.
 */
final class ContactReader {

    /** A contact and the line it came from. */
    record Found(Contact contact, Line line, List<Line> lines) {

        Found(Contact contact, Line line) {
            this(contact, line, List.of(line));
        }
    }

    static final Pattern EMAIL = Pattern.compile("[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+){0,8}\\.\\p{L}{2,}");
    private static final Pattern PHONE = Pattern.compile(
            "(?<![\\d\\p{L}])(?:\\+\\d{1,3}[ -]?)?(?:\\(\\+?\\d{1,4}\\)[ -]?)?\\d{2,4}(?:[ -]?\\d{2,4}){1,4}(?![\\d])");
    private static final Pattern PHONE_LABEL = Pattern.compile(
            "(?:tel|telefon|phone|mob|mobiil|gsm|kom|komórka)\\.?:?\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern NAME = Pattern.compile(
            "(?<![\\p{L}])\\p{Lu}[\\p{Ll}'’-]+(?:\\s+\\p{Lu}[\\p{Ll}'’-]+){1,3}(?![\\p{L}])");
    private static final Pattern NOT_A_NAME_WORD = Pattern.compile(
            "(?i)(?:mtü|lgd|stowarzyszenie|fundacja|lokalna|grupa|partner\\p{L}*|kontakt\\p{L}*|lisainfo|e-?mail"
                    + "|tel\\p{L}*|biuro|projekt\\p{L}*|koostöö\\p{L}*|info)");

    private ContactReader() {
    }

    static List<Found> read(List<Section> sections) {
        List<Found> found = new ArrayList<>();
        for (Section section : sections) {
            boolean contactSection = section.kind() == SectionKind.CONTACT;
            if (contactSection) {
                for (Found f : readBlocks(section)) {
                    if (found.stream().noneMatch(x -> same(x.contact(), f.contact()))) {
                        found.add(f);
                    }
                }
                continue;
            }
            for (Line line : section.valueAndBody()) {
                for (Found f : readContacts(line, contactSection)) {
                    if (found.stream().noneMatch(x -> same(x.contact(), f.contact()))) {
                        found.add(f);
                    }
                }
            }
        }
        return found;
    }

    /**
     * A contact section: a block of lines with at most one e-mail address is one person written over several
     * lines (name, role, e-mail, phone); a block with several addresses is one contact per line.
     */
    private static List<Found> readBlocks(Section section) {
        List<Found> out = new ArrayList<>();
        List<Line> block = new ArrayList<>();
        List<Line> lines = new ArrayList<>(section.valueAndBody());
        lines.add(Line.of(-1, "", 0));
        for (Line line : lines) {
            if (!line.isBlank()) {
                block.add(line);
                continue;
            }
            if (block.isEmpty()) {
                continue;
            }
            long addresses = block.stream().filter(l -> l.text().indexOf('@') > 0).count();
            if (addresses <= 1 && block.size() > 1) {
                String joined = String.join(", ", block.stream().map(Line::text).toList());
                Found f = readLine(Line.of(block.get(0).index(), joined, block.get(0).start()), true);
                if (f != null) {
                    out.add(new Found(f.contact(), block.get(0), List.copyOf(block)));
                }
            } else {
                for (Line l : block) {
                    out.addAll(readContacts(l, true));
                }
            }
            block.clear();
        }
        return out;
    }

    /**
     * The contacts of one line: one, or one per e-mail address where a line names several people ("Mari Mets, tel …,
     * mari@x.ee; Jaan Tamm, …, jaan@x.ee"), cut at semicolons when each part has one address, else after each address.
     */
    static List<Found> readContacts(Line line, boolean contactSection) {
        String text = line.text();
        int first = text.indexOf('@');
        if (first < 0 || text.indexOf('@', first + 1) < 0) {
            Found f = readLine(line, contactSection);
            return f == null ? List.of() : List.of(new Found(f.contact(), line));
        }
        List<Found> out = new ArrayList<>(2);
        int from = 0;
        for (int cut : cuts(text)) {
            Found f = readLine(Line.of(line.index(), text.substring(from, cut).strip(), line.start() + from), contactSection);
            if (f != null) {
                out.add(new Found(f.contact(), line));
            }
            from = cut;
        }
        return out;
    }

    /** Where the people of a line with several addresses part: its semicolons, else the end of each address. */
    private static List<Integer> cuts(String text) {
        List<Integer> atSemicolons = new ArrayList<>();
        int from = 0;
        boolean onePerPart = true;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == ';') {
                String part = text.substring(from, i);
                int at = part.indexOf('@');
                onePerPart &= at < 0 || part.indexOf('@', at + 1) < 0;
                atSemicolons.add(i);
                from = i + 1;
            }
        }
        if (onePerPart && atSemicolons.size() > 1) {
            return atSemicolons;
        }
        List<Integer> afterAddresses = new ArrayList<>();
        for (int at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
            // only the word around each @ can be an address: keeps the search linear on long lines
            int to = text.indexOf(' ', at);
            Matcher m = EMAIL.matcher(text).region(text.lastIndexOf(' ', at) + 1, to < 0 ? text.length() : to);
            if (m.find()) {
                afterAddresses.add(m.end());
            }
        }
        if (afterAddresses.isEmpty()) {
            return List.of(text.length());
        }
        afterAddresses.set(afterAddresses.size() - 1, text.length());
        return afterAddresses;
    }

    static Found readLine(Line line, boolean contactSection) {
        String text = line.text();
        String address = null;
        int at = text.indexOf('@');
        if (at > 0) {
            // only the word around the @ can be the address: keeps the search linear on long lines
            int from = text.lastIndexOf(' ', at) + 1;
            int to = text.indexOf(' ', at);
            Matcher email = EMAIL.matcher(text).region(from, to < 0 ? text.length() : to);
            address = email.find() ? email.group() : null;
        }
        boolean digits = text.chars().anyMatch(c -> c >= '0' && c <= '9');
        if (address == null && !digits) {
            return null;
        }
        boolean labelled = digits && mayHavePhoneLabel(line.lower()) && PHONE_LABEL.matcher(text).find();
        String phone = null;
        if (address != null || contactSection || labelled) {
            phone = phone(text);
        }
        if (address == null && phone == null) {
            return null;
        }
        if (address == null && !contactSection && !labelled) {
            return null;
        }
        return new Found(new Contact(name(text), address, phone), line);
    }

    /** Whether a lower-cased line has a word a phone label begins with: most lines have none, and skip the search. */
    private static boolean mayHavePhoneLabel(String lower) {
        return lower.contains("tel") || lower.contains("phone") || lower.contains("mob") || lower.contains("gsm")
                || lower.contains("kom");
    }

    private static String phone(String text) {
        Matcher m = PHONE.matcher(text);
        while (m.find()) {
            String p = m.group().trim();
            long digits = p.chars().filter(Character::isDigit).count();
            boolean plus = p.startsWith("+");
            if (digits >= 7 && digits <= 15 && (plus || !looksLikeDate(p))) {
                return p;
            }
        }
        return null;
    }

    private static boolean looksLikeDate(String p) {
        return p.matches("\\d{1,2}[ .-]\\d{1,2}[ .-]\\d{4}") || p.matches("(19|20)\\d{2}.*");
    }

    private static String name(String text) {
        Matcher m = NAME.matcher(text);
        while (m.find()) {
            String candidate = m.group();
            if (!NOT_A_NAME_WORD.matcher(candidate).find()) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean same(Contact a, Contact b) {
        return a.email() != null && a.email().equalsIgnoreCase(b.email())
                || a.phone() != null && a.phone().equals(b.phone()) && a.email() == null;
    }
}
