package eu.leadercoop.importer.extract;

import eu.leadercoop.importer.ExtractedProject;
import eu.leadercoop.importer.ExtractedProject.Partner;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Partners a page lists inside its prose rather than under a partner label: a sentence that speaks of partners and
 * opens a list with a colon ({@code Projekt realizowany był przy współpracy trzech LGD z Polski: A, B, C oraz dwóch
 * LGD z Czech: MAS D oraz MAS E}, {@code Koostööpartneriteks kümme Leader-tegevusrühma neljas riigis:} with the names
 * on the lines below), or words that lead straight into the names ({@code a Partnerami projektu byli A, B oraz C},
 * {@code sadarbībā ar “A”, “B”}). The items are cut at commas, so a name keeps its words in lower case
 * ({@code LAG Cesu rajona lauku partneriba}), which a name found by its capitals alone would lose.
 */
final class PartnerEnumerations {

    /** Words in a sentence before a colon that say partners are listed after it. */
    private static final Pattern CUE = Vocabulary.get().words("partner.enumeration");
    /** Words right before a list of partners written without a colon. */
    private static final Pattern OPENS = Vocabulary.get().words("partner.list_opens");
    private static final Pattern NOT_PARTNER = Vocabulary.get().words("organisation.not_partner");
    /** How many lines (blank ones not counted) below a sentence ending in a colon may hold its items. */
    private static final int MAX_ITEM_LINES = 12;
    private static final int MAX_ITEM_WORDS = 16;

    private PartnerEnumerations() {
    }

    /** The partners of every enumeration on the page, in order, one entry per organisation. */
    static List<PartnerListParser.Found> read(List<Line> lines) {
        List<PartnerListParser.Found> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            int open = opening(line.text());
            if (open < 0) {
                continue;
            }
            String rest = line.text().substring(open);
            List<PartnerListParser.Found> items = new ArrayList<>();
            if (rest.isBlank()) {
                i = readItemLines(lines, i + 1, items);
            } else {
                readInline(line, open, items);
            }
            addPartners(items, found);
        }
        return found;
    }

    /**
     * Where the list begins in the line: after a colon that a partner word leads to, or after opening words; -1.
     * One pass over the line, since a line of many colons must not be searched again for each of them.
     */
    private static int opening(String t) {
        List<int[]> cues = null;
        int next = 0;
        int sentence = 0;
        int scanned = 1;
        for (int colon = t.indexOf(':'); colon >= 0; colon = t.indexOf(':', colon + 1)) {
            for (; scanned < colon; scanned++) {
                if (endsSentence(t, scanned)) {
                    sentence = scanned + 1;
                }
            }
            if (cues == null) {
                cues = matches(CUE, t);
            }
            while (next < cues.size() && cues.get(next)[0] < sentence) {
                next++;
            }
            if (next < cues.size() && cues.get(next)[1] <= colon) {
                return colon + 1;
            }
        }
        Matcher m = OPENS.matcher(t);
        return m.find() ? m.end() : -1;
    }

    /** Start and end of each match, in order. */
    private static List<int[]> matches(Pattern p, String t) {
        List<int[]> found = new ArrayList<>();
        Matcher m = p.matcher(t);
        while (m.find()) {
            found.add(new int[] {m.start(), m.end()});
        }
        return found;
    }

    /** The items written on the line after the opening, up to the sentence's end. */
    private static void readInline(Line line, int open, List<PartnerListParser.Found> found) {
        String t = line.text();
        int end = sentenceEnd(t, open);
        // "A, B oraz dwóch LGD z Czech: MAS D": each further colon ends the words that introduce the next group
        int from = open;
        int colon = t.indexOf(':', from);
        while (colon >= 0 && colon < end) {
            int introStart = lastSeparator(t, from, colon);
            addItems(line, from, introStart, found);
            from = colon + 1;
            colon = t.indexOf(':', from);
        }
        addItems(line, from, end, found);
    }

    /** Lines of items below an opening sentence, until a line of prose; returns the last line read. */
    private static int readItemLines(List<Line> lines, int from, List<PartnerListParser.Found> found) {
        int last = from - 1;
        int read = 0;
        for (int j = from; j < lines.size() && read < MAX_ITEM_LINES; j++) {
            Line item = lines.get(j);
            if (item.isBlank()) {
                continue;
            }
            read++;
            String t = item.text();
            if (Text.countWords(t) > MAX_ITEM_WORDS || t.endsWith(":") || isSentence(t)) {
                break;
            }
            // "1) LAG “Jūras zeme”: Carnikava": the name, then what it brings
            int colon = t.indexOf(':');
            addItems(item, 0, colon > 0 ? colon : t.length(), found);
            last = j;
        }
        return last;
    }

    private static void addItems(Line line, int from, int to, List<PartnerListParser.Found> items) {
        if (to <= from) {
            return;
        }
        Line piece = Line.of(line.index(), line.text().substring(from, to), line.start() + from);
        for (PartnerListParser.Found f : PartnerListParser.parseLine(piece, ExtractedProject.PARTNER, null, true)) {
            items.addAll(named(f));
        }
    }

    /**
     * An item as the organisations it names: {@code lisaks Võrumaa Partnerluskogule Jõgevamaa Koostöökoda (juhtpartner)}
     * holds two names, the role going with the last; words in lower case before a name ({@code lisaks}) are no part of it.
     */
    private static List<PartnerListParser.Found> named(PartnerListParser.Found f) {
        String name = f.partner().name();
        List<OrganisationMentions.Mention> mentions = OrganisationMentions.in(Line.of(0, name, 0));
        if (mentions.isEmpty() || mentions.size() == 1 && !onlyLowerCaseWords(name.substring(0, mentions.get(0).start()))) {
            return List.of(f);
        }
        if (mentions.size() == 1) {
            return List.of(withName(f, name.substring(mentions.get(0).start()), f.partner().role()));
        }
        if (!onlyLowerCaseWords(name.substring(0, mentions.get(0).start()))) {
            return List.of(f);
        }
        List<PartnerListParser.Found> out = new ArrayList<>();
        for (int k = 0; k < mentions.size(); k++) {
            String role = k == mentions.size() - 1 ? f.partner().role() : ExtractedProject.PARTNER;
            out.add(withName(f, mentions.get(k).name(), role));
        }
        return out;
    }

    private static boolean onlyLowerCaseWords(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isUpperCase(s.charAt(i)) || OrganisationMentions.isOpeningQuote(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static PartnerListParser.Found withName(PartnerListParser.Found f, String name, String role) {
        Partner p = f.partner();
        return new PartnerListParser.Found(new Partner(name, role, p.organisationId(), name, p.joined()), f.start(), f.end());
    }

    /**
     * The items of one enumeration that are partners: all of them where most name organisations by kind, legal form,
     * a known group's name or quotes ({@code Partnerstwo Północnej Jury} among them is one too); otherwise only those,
     * since a list of towns or countries after a colon ({@code Kaunas, Palanga}) is no list of partners.
     */
    private static void addPartners(List<PartnerListParser.Found> items, List<PartnerListParser.Found> found) {
        int organisations = 0;
        for (PartnerListParser.Found f : items) {
            organisations += isOrganisation(f.partner().name()) ? 1 : 0;
        }
        boolean mostly = organisations * 2 > items.size();
        for (PartnerListParser.Found f : items) {
            String name = f.partner().name();
            if ((mostly || isOrganisation(name)) && !NOT_PARTNER.matcher(name).find()) {
                addDistinct(found, f);
            }
        }
    }

    /**
     * Adds an item unless the same name is there: the items of a list are distinct organisations, however alike their
     * names ({@code Stowarzyszeniem Jonavos rajono …} and {@code Stowarzyszeniem Jonavos r. kaimo …}).
     */
    private static void addDistinct(List<PartnerListParser.Found> found, PartnerListParser.Found f) {
        String key = PartnerListParser.key(f.partner().name());
        for (PartnerListParser.Found known : found) {
            if (PartnerListParser.key(known.partner().name()).equals(key)) {
                return;
            }
        }
        found.add(f);
    }

    /**
     * An item that names an organisation: by its kind, legal form, a known group's name or quotes. A list of towns or
     * countries after a colon ({@code Kaunas, Palanga}) is no list of partners.
     */
    private static boolean isOrganisation(String name) {
        for (int i = 0; i < name.length(); i++) {
            if (OrganisationMentions.isOpeningQuote(name.charAt(i))) {
                return true;
            }
        }
        return !OrganisationMentions.in(Line.of(0, name, 0)).isEmpty();
    }

    /** A line that reads as a sentence (ends in a full stop after a word in lower case): no item. */
    private static boolean isSentence(String t) {
        return Text.countWords(t) >= 8 && t.endsWith(".") && Character.isLowerCase(t.charAt(t.length() - 2));
    }

    /** The start of the sentence holding {@code at}: after the last full stop that ends a word of 4 or more letters. */
    /** Whether a sentence ends at {@code j}: a full stop (or ! ?) after a long word, then a space. */
    private static boolean endsSentence(String t, int j) {
        return (t.charAt(j) == '.' || t.charAt(j) == '!' || t.charAt(j) == '?') && j + 1 < t.length()
                && t.charAt(j + 1) == ' ' && endsLongWord(t, j);
    }

    /** The end of the sentence from {@code from}: a full stop after a long word, before a capital, or the line's end. */
    private static int sentenceEnd(String t, int from) {
        for (int j = from; j + 2 < t.length(); j++) {
            if ((t.charAt(j) == '.' || t.charAt(j) == '!' || t.charAt(j) == '?') && t.charAt(j + 1) == ' '
                    && Character.isUpperCase(t.charAt(j + 2)) && endsLongWord(t, j)) {
                return j;
            }
        }
        return t.length();
    }

    /** Whether the word before {@code dot} has 4 letters or more: {@code St.}, {@code r.} and {@code ul.} end no sentence. */
    private static boolean endsLongWord(String t, int dot) {
        int k = dot;
        while (k > 0 && Character.isLetter(t.charAt(k - 1))) {
            k--;
        }
        return dot - k >= 4 || dot > 0 && (t.charAt(dot - 1) == '”' || t.charAt(dot - 1) == '"' || t.charAt(dot - 1) == ')');
    }

    /** The last comma or joining word before {@code colon}, after {@code from}: where the next group's intro begins. */
    private static int lastSeparator(String t, int from, int colon) {
        int comma = Math.max(t.lastIndexOf(',', colon), t.lastIndexOf(';', colon));
        int joiner = -1;
        Matcher j = JOINER.matcher(t).region(from, colon);
        while (j.find()) {
            joiner = j.start();
        }
        int cut = Math.max(comma, joiner);
        return cut < from ? from : cut;
    }

    private static final Pattern JOINER = Pattern.compile("\\s(?:ja|ning|i|oraz|and|un|ir|och|und|et|a|sekä|as well as)\\s");
}
