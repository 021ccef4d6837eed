package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the sentences of a description state besides its aims, for pages that give the activities or the expected
 * results only in prose (seed 004's "Opis projektu oraz jego cele"). A sentence that says what the project will
 * organise, hold or publish is an activity: a kind of event with a word for organising it ("będzie polegał na
 * organizacji dwóch wyjazdów studyjnych", "korraldatakse kaks seminari") or a publication ("Podsumowanie projektu
 * będzie stanowił biuletyn"). A sentence that says what the project will enable is an expected result ("Udział w
 * wyjazdach studyjnych pozwoli …", "Dzięki wyjazdom studyjnym uczestnicy będą mieli możliwość …"). A sentence that
 * states an aim is a goal ({@link GoalReader}), not either; the rest is the story around them, kept in the summary.
 */
final class DescriptionSentences {

    /** A sentence and the paragraph it stands in. */
    record Found(String text, ListItems.Piece paragraph) {
    }

    private static final Pattern ORGANISING = Pattern.compile(
            "polega\\p{L}* na|zaplanowan\\p{L}*|organizacj\\p{L}*|zorganizuj\\p{L}*|zorganizowan\\p{L}*"
                    + "|przeprowadz\\p{L}*|zrealizuj\\p{L}*|odbęd\\p{L}*|korraldatakse|korraldame|korraldab|korraldamine"
                    + "|viiakse läbi|toimu(?:b|vad)|will (?:be )?(?:organi[sz]e|hold|held|run)|consists? of",
            Pattern.UNICODE_CASE);
    private static final Pattern PUBLICATION = Pattern.compile(
            "(?<![\\p{L}])(?:biuletyn|publikacj|broszur|katalog|przewodnik|folder|trükis|kogumik|väljaan|voldik"
                    + "|bulletin|brochure|publication|catalogue|guidebook|booklet|newsletter)\\p{L}*");
    private static final Pattern ENABLING = Pattern.compile(
            "(?<![\\p{L}])(?:pozwol\\p{L}*|umożliwi\\p{L}*|dzięki|przyczyni\\p{L}*|możliwość|võimalda\\p{L}*|tulemusel"
                    + "|tulemuseks|aitab kaasa|will (?:enable|allow|help|lead to)|thanks to|as a result)(?![\\p{L}])");

    private DescriptionSentences() {
    }

    /** Sentences of the description that state an activity. */
    static List<Found> activities(List<Section> sections) {
        List<Found> out = new ArrayList<>();
        for (Found f : sentences(sections)) {
            if (isActivity(Text.lower(f.text()))) {
                out.add(f);
            }
        }
        return out;
    }

    /** Sentences of the description that state an expected result. */
    static List<Found> results(List<Section> sections) {
        List<Found> out = new ArrayList<>();
        for (Found f : sentences(sections)) {
            String lower = Text.lower(f.text());
            if (!isActivity(lower) && ENABLING.matcher(lower).find()) {
                out.add(f);
            }
        }
        return out;
    }

    private static boolean isActivity(String lower) {
        boolean organised = ORGANISING.matcher(lower).find() && EventTypes.first(lower) != null;
        return organised || PUBLICATION.matcher(lower).find();
    }

    private static List<Found> sentences(List<Section> sections) {
        List<Found> out = new ArrayList<>();
        for (Section s : sections) {
            if (s.kind() != SectionKind.DESCRIPTION && !s.hasLabel(SectionKind.DESCRIPTION)) {
                continue;
            }
            for (ListItems.Piece p : ListItems.read(s.valueAndBody())) {
                for (Sentences.Sentence sentence : Sentences.split(p.text())) {
                    String text = Text.trimItem(sentence.text().replaceAll("\\s+([.,;:!?])", "$1"));
                    if (!text.isEmpty() && !GoalReader.statesAnAim(Text.lower(text))) {
                        out.add(new Found(text, p));
                    }
                }
            }
        }
        return out;
    }
}
