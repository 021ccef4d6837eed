package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The words that label the parts of a project page, in every language of {@link Vocabulary} (one data file each).
 *
 * <p>One alternation per kind, all in one pattern matched against lower-cased text; inflected forms are
 * covered by stems ({@code eesmär\p{L}*} reads eesmärk, eesmärgid, eesmärgiks). Kinds that are more
 * specific come first, so that at the same position {@code cele ksow} (a funding objective) wins over
 * {@code cele} (goals) and {@code działanie 4} (a funding measure) over {@code działania} (activities).
 * Weak labels ({@code mõju}, {@code info}) count only when no strong label is in the same heading.
 */
final class LabelVocabulary {

    /** A label found in a heading. */
    record LabelMatch(SectionKind kind, int start, int end, boolean weak) {
    }

    /**
     * The kinds in the order they are tried at one place in a heading: more specific ones first, so that
     * {@code cele ksow} (a funding objective) wins over {@code cele} (goals) and {@code działanie 4} (a funding
     * measure) over {@code działania} (activities). Weak labels come after every strong one.
     */
    private static final List<SectionKind> ORDER = List.of(SectionKind.FUNDING_OBJECTIVE, SectionKind.FUNDING_MEASURE,
            SectionKind.FUNDING_PRIORITY, SectionKind.NETWORK_PARTNERS, SectionKind.PARTNER_ACTIVITIES,
            SectionKind.JOINT_ACTIVITIES, SectionKind.TITLE, SectionKind.REFERENCE, SectionKind.PERIOD,
            SectionKind.LEAD_PARTNER, SectionKind.APPLICANT, SectionKind.PARTNERS, SectionKind.BUDGET, SectionKind.FUNDING,
            SectionKind.TARGET_GROUPS, SectionKind.GOALS, SectionKind.DESCRIPTION, SectionKind.EVENTS,
            SectionKind.ACTIVITIES, SectionKind.RESULTS, SectionKind.MEDIA, SectionKind.CONTACT, SectionKind.WEBSITE);

    private static final SectionKind[] GROUP_KIND;
    private static final boolean[] GROUP_WEAK;
    /**
     * A label with the words before it that belong to it ({@code Koostööprojekti partnerid}, {@code Planned
     * activities}), so that a label without colon still starts its line; tried first, as an optional lead would be.
     */
    private static final WordIndex LED;
    /** A label without such words. */
    private static final WordIndex LABEL;

    static {
        Vocabulary vocabulary = Vocabulary.get();
        List<List<String>> groups = new ArrayList<>();
        List<SectionKind> kinds = new ArrayList<>();
        List<Boolean> weak = new ArrayList<>();
        for (boolean weakPass : new boolean[]{false, true}) {
            for (SectionKind kind : ORDER) {
                String key = "label." + kind.name().toLowerCase(Locale.ROOT) + (weakPass ? ".weak" : "");
                List<String> alternatives = vocabulary.regexes(key);
                if (!alternatives.isEmpty()) {
                    groups.add(alternatives);
                    kinds.add(kind);
                    weak.add(weakPass);
                }
            }
        }
        GROUP_KIND = new SectionKind[groups.size() + 1];
        GROUP_WEAK = new boolean[groups.size() + 1];
        for (int i = 0; i < groups.size(); i++) {
            GROUP_KIND[i + 1] = kinds.get(i);
            GROUP_WEAK[i + 1] = weak.get(i);
        }
        // words after a label that belong to it (Budżet projektu, Goals of the project). Not the Estonian projekti
        // after a label: there it begins the value (Eesmärk ja lühikirjeldus Projekti aitab …)
        String complement = optional(vocabulary.alternation("label.complement"), " ", "");
        String all = labels(groups.stream().map(g -> String.join("|", g)).toList());
        List<String> lead = vocabulary.regexes("label.lead");
        LED = WordIndex.of(List.of(lead), l -> "(?:" + l.get(0) + ") (?:" + all + ")" + complement + "(?![\\p{L}\\p{N}])",
                0, WordIndex.Before.ANYTHING);
        LABEL = WordIndex.of(groups, g -> "(?:" + labels(g) + ")" + complement + "(?![\\p{L}\\p{N}])",
                0, WordIndex.Before.ANYTHING);
    }

    /** One capturing group per kind, in order; the word must end where the label ends, so that the next is tried. */
    private static String labels(List<String> alternations) {
        StringBuilder regex = new StringBuilder();
        for (int i = 0; i < alternations.size(); i++) {
            if (i > 0) {
                regex.append('|');
            }
            regex.append("((?:").append(alternations.get(i)).append(")(?![\\p{L}\\p{N}]))");
        }
        return regex.toString();
    }

    private static String optional(String alternation, String before, String after) {
        return alternation == null ? "" : "(?:" + before + "(?:" + alternation + ")" + after + ")?";
    }

    private LabelVocabulary() {
    }

    /**
     * All labels in {@code original} (lower-cased copy {@code lower}), in order; each starts and ends on a word
     * boundary (a glued {@code logodProjekti} counts as a boundary).
     */
    static List<LabelMatch> find(String original, String lower) {
        List<LabelMatch> found = new ArrayList<>(2);
        int n = lower.length();
        int i = 0;
        // labels start at words: try word starts only, instead of every character as find() would
        while (i < n) {
            if (!Text.wordStartsAt(original, i) || !Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            Matcher m = at(lower, i);
            if (m != null) {
                found.add(match(m));
                i = m.end();
            } else {
                i++;
            }
        }
        return found;
    }

    /** The label at the very start of a line, or null: all a long line can have. */
    static LabelMatch atStart(String lower) {
        Matcher m = at(lower, 0);
        return m == null ? null : match(m);
    }

    /** The label at {@code i}: with the words before it that belong to it where they are there, as a greedy lead. */
    private static Matcher at(String lower, int i) {
        Matcher led = LED.at(lower, i);
        return led != null ? led : LABEL.at(lower, i);
    }

    private static LabelMatch match(Matcher m) {
        int group = 1;
        while (m.start(group) < 0) {
            group++;
        }
        return new LabelMatch(GROUP_KIND[group], m.start(), m.end(), GROUP_WEAK[group]);
    }

    /** The label that names a heading: the first strong one, else the first weak one. */
    static LabelMatch main(List<LabelMatch> matches) {
        for (LabelMatch m : matches) {
            if (!m.weak()) {
                return m;
            }
        }
        return matches.isEmpty() ? null : matches.get(0);
    }
}
