package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the sentences of a description state besides its aims, for pages that give the activities or the expected
 * results only in prose (seed 004's "Opis projektu oraz jego cele"). A sentence that says what the project will
 * organise, hold or publish is an activity: a kind of event with a word for organising it ("będzie polegał na
 * organizacji dwóch wyjazdów studyjnych", "korraldatakse kaks seminari") or a publication ("Podsumowanie projektu
 * będzie stanowił biuletyn"). A sentence that says what the project will enable is an expected result ("Udział w
 * wyjazdach studyjnych pozwoli …", "Dzięki wyjazdom studyjnym uczestnicy będą mieli możliwość …"). A sentence that
 * states an aim is a goal ({@link GoalReader}), not either; the rest is the story around them, kept in the summary.
 *
 * <p>The cues are word beginnings, looked up word by word: each sentence is read once.
 */
final class DescriptionSentences {

    /** A sentence, as a piece with its paragraph's place in the page. */
    record Found(String text, ListItems.Piece piece) {
    }

    /** The activities and results a description states. */
    record Result(List<Found> activities, List<Found> results) {
    }

    static final Result NONE = new Result(List.of(), List.of());

    /** "w innych regionach ." as the page wrote it: the space before the full stop is dropped. */
    private static final Pattern SPACE_BEFORE_MARK = Pattern.compile("\\s+([.,;:!?])");

    private static final List<String> ORGANISING = List.of("polega", "zaplanowan", "organizacj", "zorganiz",
            "przeprowadz", "zrealizuj", "odbęd", "korraldatakse", "korraldame", "korraldab", "korraldamine", "toimub",
            "toimuvad");
    private static final List<String> PUBLICATION = List.of("biuletyn", "publikacj", "broszur", "katalog", "przewodnik",
            "folder", "trükis", "kogumik", "väljaan", "voldik", "bulletin", "brochure", "publication", "catalogue",
            "guidebook", "booklet", "newsletter");
    private static final List<String> ENABLING = List.of("pozwol", "umożliwi", "przyczyni", "võimalda");
    private static final Set<String> ENABLING_WORDS = Set.of("dzięki", "możliwość", "tulemusel", "tulemuseks");
    /** "will organise", "will be held", "consists of", "viiakse läbi": the planning said in two or three words. */
    private static final List<List<String>> ORGANISING_PHRASES = List.of(List.of("will", "organise"),
            List.of("will", "organize"), List.of("will", "hold"), List.of("will", "run"), List.of("will", "be", "organised"),
            List.of("will", "be", "organized"), List.of("will", "be", "held"), List.of("consists", "of"),
            List.of("consist", "of"), List.of("viiakse", "läbi"));
    private static final List<List<String>> ENABLING_PHRASES = List.of(List.of("will", "enable"), List.of("will", "allow"),
            List.of("will", "help"), List.of("will", "lead"), List.of("thanks", "to"), List.of("as", "a", "result"),
            List.of("aitab", "kaasa"));

    private DescriptionSentences() {
    }

    /** The sentences of the description sections that state an activity or an expected result. */
    static Result read(List<Section> sections) {
        List<Found> activities = new ArrayList<>();
        List<Found> results = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() != SectionKind.DESCRIPTION && !s.hasLabel(SectionKind.DESCRIPTION)) {
                continue;
            }
            for (ListItems.Piece p : ListItems.read(s.valueAndBody())) {
                for (Sentences.Sentence sentence : Sentences.split(p.text())) {
                    String text = Text.trimItem(SPACE_BEFORE_MARK.matcher(sentence.text()).replaceAll("$1"));
                    String lower = Text.lower(text);
                    if (text.isEmpty() || GoalReader.statesAnAim(lower)) {
                        continue;
                    }
                    List<String> words = words(lower);
                    Found found = new Found(text, new ListItems.Piece(text, p.start(), p.end(), false, 0, p.lines(), null));
                    if (isActivity(lower, words)) {
                        activities.add(found);
                    } else if (startsWithAny(words, ENABLING) || words.stream().anyMatch(ENABLING_WORDS::contains)
                            || hasPhrase(words, ENABLING_PHRASES)) {
                        results.add(found);
                    }
                }
            }
        }
        return new Result(activities, results);
    }

    private static boolean isActivity(String lower, List<String> words) {
        boolean organising = startsWithAny(words, ORGANISING) || hasPhrase(words, ORGANISING_PHRASES);
        return organising && EventTypes.first(lower) != null || startsWithAny(words, PUBLICATION);
    }

    private static List<String> words(String lower) {
        List<String> words = new ArrayList<>();
        int i = 0;
        while (i < lower.length()) {
            while (i < lower.length() && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < lower.length() && Character.isLetter(lower.charAt(i))) {
                i++;
            }
            if (i > start) {
                words.add(lower.substring(start, i));
            }
        }
        return words;
    }

    private static boolean startsWithAny(List<String> words, List<String> beginnings) {
        for (String w : words) {
            for (String b : beginnings) {
                if (w.startsWith(b)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean hasPhrase(List<String> words, List<List<String>> phrases) {
        for (int i = 0; i < words.size(); i++) {
            for (List<String> phrase : phrases) {
                if (i + phrase.size() <= words.size() && words.subList(i, i + phrase.size()).equals(phrase)) {
                    return true;
                }
            }
        }
        return false;
    }
}
