package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that label the parts of a project page in Estonian, Polish and English.
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

    private record Entry(SectionKind kind, boolean weak, String regex) {
    }

    private static final String L = "\\p{L}*";

    private static final List<Entry> ENTRIES = List.of(
            new Entry(SectionKind.FUNDING_OBJECTIVE, false,
                    "cel(?:e|u)? (?:ksow|prow|szczegółow" + L + "|operacyjn" + L + ")|cel \\d+|objective \\d+|eesmärk \\d+"),
            new Entry(SectionKind.FUNDING_MEASURE, false,
                    "działani" + L + " \\d+(?:\\.\\d+)*|poddziałani" + L + "|meede \\d|meetme \\d|measure \\d+(?:\\.\\d+)*"
                            + "|tegevussuun" + L
                            + "|meede|meetme|measure"),
            new Entry(SectionKind.FUNDING_PRIORITY, false, "priorite" + L + "|prioryte" + L + "|priorit(?:y|ies)"),
            new Entry(SectionKind.NETWORK_PARTNERS, false,
                    "partner" + L + " (?:ksow|sieci)|partner" + L + " (?:of the )?(?:national )?(?:rural )?network"
                            + "|võrgustiku partner" + L),
            new Entry(SectionKind.PARTNER_ACTIVITIES, false,
                    "lisategevus" + L + "|działania własne" + L + "|własne działania|additional activities"
                            + "|own activities|partneri tegevused"),
            new Entry(SectionKind.JOINT_ACTIVITIES, false,
                    "ühistegevus" + L + "|ühised tegevused|działania wspólne|wspólne działania|joint activities"
                            + "|common activities"),
            new Entry(SectionKind.TITLE, false,
                    "projekti (?:nimi|nimetus|pealkiri)|nazwa (?:projektu|operacji)|tytuł(?: projektu)?"
                            + "|project (?:title|name)|pealkiri|nimetus|title"),
            new Entry(SectionKind.REFERENCE, false,
                    "viitenumb" + L + "|viitenr|registreerimisnumb" + L + "|registrinumb" + L
                            + "|(?:projekti|taotluse|lepingu) (?:number|nr)|numer (?:projektu|umowy|wniosku|operacji)"
                            + "|nr (?:projektu|umowy|wniosku|operacji)|znak sprawy|reference(?: number| no)?"
                            + "|project (?:number|no|id)|ref(?:\\.)? no"),
            new Entry(SectionKind.PERIOD, false,
                    "projekt viiakse ellu" + L + "|(?:elluviimise |tegevuste |projekti )?periood" + L
                            + "|kestus|ajavahemik|toimumise aeg|czas (?:trwania|realizacji)|okres (?:realizacji|trwania)"
                            + "|termin realizacji|(?:project |implementation )?period|duration|timeframe|time frame"),
            new Entry(SectionKind.LEAD_PARTNER, false,
                    "juhtpartner" + L + "|partner wiodący|lider(?: projektu)?|lead partner|koordynator|coordinator"
                            + "|koordinaator"),
            new Entry(SectionKind.APPLICANT, false, "taotleja|wnioskodawca|beneficjent|applicant|beneficiary"),
            new Entry(SectionKind.PARTNERS, false,
                    L + "partnerid|partnerzy|partnerów|partnerzy projektu|(?:project )?partners|partner"),
            new Entry(SectionKind.BUDGET, false,
                    "eelarve" + L + "|kogumaksumus" + L + "|maksumus" + L + "|omaosalus" + L + "|omafinantseering" + L
                            + "|toetuse summa|toetus|budżet" + L + "|koszt" + L + "|wartość projektu|dofinansowani" + L
                            + "|wkład własny|kwota|budget|costs?|grant|own contribution|finances|financing"),
            new Entry(SectionKind.FUNDING, false,
                    "rahastaja|rahastus" + L + "|toetusprogramm" + L + "|źródło finansowania|źródła finansowania"
                            + "|fundusz" + L + "|funded by|funding|programme|finansowani" + L),
            new Entry(SectionKind.TARGET_GROUPS, false,
                    "sihtrühm" + L + "|sihtgrup" + L + "|odbiorc" + L + "|grup" + L + " docelow" + L
                            + "|target groups?|beneficiaries"),
            new Entry(SectionKind.GOALS, false,
                    "eesmär" + L + "|celem|cele|cel|goals?|aims?|objectives?|purpose"),
            new Entry(SectionKind.DESCRIPTION, false,
                    "lühikirjeldus|kirjeldus|tutvustus|opis" + L + "|description|summary|about the project"),
            new Entry(SectionKind.EVENTS, false,
                    "üritused|sündmused|toimunud üritused|wydarzenia|events"),
            new Entry(SectionKind.ACTIVITIES, false,
                    "tegevused|tegevuste|tegevuskava|działania|zadania|activities|work plan|harmonogram"),
            new Entry(SectionKind.RESULTS, false,
                    "tulemus" + L + "|väljund" + L + "|rezultat" + L + "|efekty|wskaźnik" + L
                            + "|(?:expected )?results?|outcomes?|outputs?|indicators?"),
            new Entry(SectionKind.MEDIA, false,
                    "meediakajastus" + L + "|meedias|meedia|relacje" + L + "|w mediach|media(?: coverage)?|in the press"
                            + "|press"),
            new Entry(SectionKind.CONTACT, false,
                    "lisainfo|lisateave|kontakt" + L + "|contact" + L + "|more information|further information"),
            new Entry(SectionKind.WEBSITE, false,
                    "veebileh" + L + "|kodulehe" + L + "|koduleht|strona (?:internetowa|www|projektu)|website"
                            + "|web ?page|homepage"),
            new Entry(SectionKind.RESULTS, true, "mõju|impact|oodatav" + L),
            new Entry(SectionKind.CONTACT, true, "info|informacj" + L));

    /**
     * Words that lead a label without being one: the Estonian genitive of "project" ({@code Koostööprojekti partnerid},
     * {@code Projekti eesmärgid}) and "planned", "expected" ({@code Planeeritavad tegevused}, {@code Oczekiwane
     * rezultaty}). They belong to the label, so that a label without colon still starts its line.
     */
    private static final String LEAD = "(?:(?:koostöö)?projekti |planeeritavad |kavandatavad |oodatav(?:ad)? |planowane "
            + "|oczekiwane |planned |expected )?";
    /**
     * Words that complete a label after it: {@code Budżet projektu}, {@code Cele projektu}, {@code Kontakt do Partnera}.
     * Not the Estonian {@code projekti}: it comes before its noun, and after a label it begins the value
     * ({@code Eesmärk ja lühikirjeldus Projekti aitab …}).
     */
    private static final String COMPLEMENT = "(?: projektu| (?:do )?partnera| of the project)?";

    private static final Pattern PATTERN;
    private static final SectionKind[] GROUP_KIND;
    private static final boolean[] GROUP_WEAK;

    static {
        StringBuilder regex = new StringBuilder();
        GROUP_KIND = new SectionKind[ENTRIES.size() + 1];
        GROUP_WEAK = new boolean[ENTRIES.size() + 1];
        for (int i = 0; i < ENTRIES.size(); i++) {
            Entry e = ENTRIES.get(i);
            if (i > 0) {
                regex.append('|');
            }
            // the word must end where the label ends, so that the engine tries the next alternative instead
            regex.append("((?:").append(e.regex()).append(")(?![\\p{L}\\p{N}]))");
            GROUP_KIND[i + 1] = e.kind();
            GROUP_WEAK[i + 1] = e.weak();
        }
        PATTERN = Pattern.compile(LEAD + "(?:" + regex + ")" + COMPLEMENT + "(?![\\p{L}\\p{N}])");
    }

    private LabelVocabulary() {
    }

    /**
     * All labels in {@code original} (lower-cased copy {@code lower}), in order; each starts and ends on a word
     * boundary (a glued {@code logodProjekti} counts as a boundary).
     */
    static List<LabelMatch> find(String original, String lower) {
        List<LabelMatch> found = new ArrayList<>(2);
        Matcher m = PATTERN.matcher(lower);
        int n = lower.length();
        int i = 0;
        // labels start at words: try word starts only, instead of every character as find() would
        while (i < n) {
            if (!Text.wordStartsAt(original, i) || !Character.isLetter(lower.charAt(i))) {
                i++;
                continue;
            }
            m.region(i, n);
            if (m.lookingAt()) {
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
        Matcher m = PATTERN.matcher(lower);
        return m.lookingAt() ? match(m) : null;
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
