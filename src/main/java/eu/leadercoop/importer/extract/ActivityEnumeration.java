package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads activities listed in prose after a colon: a comma list with "and" before its last item ({@code W projekcie
 * przewidziano wiele działań, m.in.: konferencję, wizyty studyjne, międzynarodowy kiermasz, wirtualną mapę oraz
 * film promocyjny.}), or a run of short sentences that name one activity each ({@code The activities in the project
 * are: Project management. Preparatory trips for contact creation. Workshops with local stakeholders.}).
 */
final class ActivityEnumeration {

    private static final Pattern ACTIVITY_WORDS = Vocabulary.get().words("activity.words");
    private static final Pattern AND = Pattern.compile("\\s*,\\s*|\\s+(?:" + Vocabulary.get().alternation("and") + ")\\s+",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** How far after the activity word its colon stands ("działań, m.in.:", "activities in the project are:"). */
    private static final int COLON_WITHIN = 30;
    private static final int MIN_LISTED = 3;
    private static final Pattern GROUP = Vocabulary.get().words("activity.group");
    private static final int GROUP_REACH = 25;
    private static final int MAX_LISTED_WORDS = 6;
    private static final int MIN_SENTENCES = 2;
    private static final int MAX_SENTENCE_WORDS = 20;

    /** The activities and the line that lists them. */
    record Found(List<String> activities, Line line) {
    }

    private ActivityEnumeration() {
    }

    /** The first list of activities after an activity word and a colon in the sections' prose, or null. */
    static Found inProse(List<Section> sections) {
        for (Section s : sections) {
            if (s.kind().isPartnerList() || s.kind() == SectionKind.MEDIA || s.kind() == SectionKind.CONTACT) {
                continue;
            }
            for (Line line : s.valueAndBody()) {
                int colon = line.text().indexOf(':');
                if (colon < 0) {
                    continue;
                }
                Matcher m = ACTIVITY_WORDS.matcher(line.text());
                while (m.find() && m.end() <= colon) {
                    if (colon - m.end() <= COLON_WITHIN && !namesAGroup(line.text(), m.start(), colon)) {
                        List<String> items = afterColon(line.text().substring(colon + 1));
                        if (!items.isEmpty()) {
                            return new Found(items, line);
                        }
                        break;
                    }
                }
            }
        }
        return null;
    }

    /**
     * "Lokalna Grupa Działania:", "Groupes d'Action Locale :", "vietos veiklos grupės:": the activity word is part of
     * the name of a kind of organisation, and the list is of organisations.
     */
    private static boolean namesAGroup(String text, int word, int colon) {
        String around = text.substring(Math.max(0, word - GROUP_REACH), colon);
        return GROUP.matcher(around).find();
    }

    /** The activities the text after a colon lists, or an empty list when it is no list. */
    static List<String> afterColon(String text) {
        List<Sentences.Sentence> sentences = Sentences.split(text.strip());
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<String> listed = commaList(sentences.get(0).text());
        if (!listed.isEmpty()) {
            return listed;
        }
        List<String> short_ = new ArrayList<>();
        for (Sentences.Sentence s : sentences) {
            if (Text.countWords(s.text()) > MAX_SENTENCE_WORDS) {
                return List.of();
            }
            short_.add(Text.trimItem(s.text()));
        }
        return short_.size() >= MIN_SENTENCES ? short_ : List.of();
    }

    private static boolean balanced(String item) {
        return item.chars().filter(c -> c == '(').count() == item.chars().filter(c -> c == ')').count();
    }

    private static List<String> commaList(String sentence) {
        String body = sentence.endsWith(".") ? sentence.substring(0, sentence.length() - 1) : sentence;
        List<String> items = new ArrayList<>();
        for (String piece : AND.split(body)) {
            String item = piece.strip();
            // "korraldamine (2020. ja 2021.aasta märtsis), … (nõustamine, mentordamine)": a comma inside brackets
            if (item.isEmpty() || Text.countWords(item) > MAX_LISTED_WORDS || !balanced(item)) {
                return List.of();
            }
            items.add(item);
        }
        return items.size() >= MIN_LISTED ? items : List.of();
    }
}
