package eu.leadercoop.importer.extract;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Kinds of event named in et, pl and en, as word stems, each giving a code of the registry's {@link EventType}:
 * what the extractor writes must be what the review page offers and saving accepts.
 *
 * <p>Words for kinds the registry has no type of are given the registry type they count as in a commitment:
 * a training (koolitus, szkolenie) is a {@code training_module}, a webinar (veebiseminar) an {@code online_meeting},
 * a workshop (töötuba, warsztaty) a {@code seminar} (a working seminar: a commitment to seminars counts it), a fair
 * or an exhibition (laat, targi, näitus, wystawa) a {@code major_event} like a festival, an excursion (ekskursioon,
 * wycieczka) a {@code study_trip}. The generic words for an event (üritus, wydarzenie, event) are {@link #ANY}: a
 * commitment to "five events" is met by events of every kind, and a dated line that names no kind is {@code other}.
 *
 * <p>How a stem fits a word: Estonian compounds carry the kind at their end ({@code koostööseminar},
 * {@code veebikoosolek}), so stems of five letters or more are found inside words; shorter stems, and stems marked
 * as word starts (Polish and English, whose words only inflect at the end), must begin the word; English
 * {@code event} must be the whole word ({@code prevent}, {@code eventually} are not events). Where two stems fit
 * one word the longer, more specific one wins ({@code välisõppereis} is a study trip abroad, not a study trip).
 */
final class EventTypes {

    /** An event word that names no kind: every kind counts. */
    static final String ANY = "any";

    /** The registry's codes, for a commitment that counts events of every kind. */
    static final List<String> EVERY_KIND = Arrays.stream(EventType.values()).map(Codes::of).toList();

    /** A kind of event found in a text. */
    record Hit(String type, int start, int end) {
    }

    private enum Fit { INSIDE, WORD_START, WHOLE_WORD }

    private record Stem(String stem, String type, Fit fit, int rank) {
    }

    /** The stems by their first letter, longest first: a word is only compared with stems that can fit it. */
    private static final Map<Character, List<Stem>> AT_WORD_START = new HashMap<>();
    /** The compound stems (five letters or more) by their first letter, for positions inside a word. */
    private static final Map<Character, List<Stem>> INSIDE_WORD = new HashMap<>();

    static {
        List<Stem> s = new ArrayList<>();
        inside(s, "study_trip_abroad", "välisõppereis", "välisõpperei", "välisreis", "õppereis välismaale",
                "õppereis välisriiki", "õppereisi välismaale", "õppereisi välisriiki");
        start(s, "study_trip_abroad", "wyjazd studyjny zagraniczny", "wyjazdu studyjnego zagranicznego",
                "wyjazdy studyjne zagraniczne", "wyjazdów studyjnych zagranicznych", "zagraniczny wyjazd studyjny",
                "zagranicznego wyjazdu studyjnego", "zagraniczne wyjazdy studyjne", "zagranicznych wyjazdów studyjnych",
                "zagraniczna wizyta studyjna", "zagranicznej wizyty studyjnej", "zagraniczne wizyty studyjne",
                "zagranicznych wizyt studyjnych", "wizyty studyjne zagraniczne", "wizyt studyjnych zagranicznych",
                "study trip abroad", "study trips abroad", "international study trip", "study visit abroad",
                "study visits abroad", "study tour abroad", "study tours abroad", "international study visit");
        inside(s, "study_trip", "õppereis", "õpperei", "õppekäik", "õppekäig", "õppevisiit", "ekskursioon");
        start(s, "study_trip", "wyjazd studyjny", "wyjazdu studyjnego", "wyjazdów studyjnych", "wyjazdy studyjne",
                "wyjazdach studyjnych", "wyjazdom studyjnym", "wizyta studyjna", "wizyty studyjnej", "wizyt studyjnych",
                "wizyty studyjne", "wizytach studyjnych", "wycieczk", "study trip", "study visit", "study tour",
                "excursion");
        inside(s, "online_meeting", "veebikoosolek", "veebikohtumi", "e-koosolek", "veebiseminar");
        start(s, "online_meeting", "spotkanie online", "spotkania online", "spotkań online", "online meeting",
                "virtual meeting", "webinar", "online seminar", "seminarium online", "seminaria online");
        inside(s, "training_module", "koolitusmoodul", "koolitus", "kursus");
        start(s, "training_module", "training module", "moduł szkoleniow", "modułów szkoleniow", "szkoleni", "szkoleń",
                "training", "kurs");
        inside(s, "year_end_event", "aastalõpu üritus", "aastalõpuüritus", "aastalõpu");
        start(s, "year_end_event", "year-end event", "end of year event", "end-of-year event",
                "spotkanie podsumowujące rok");
        inside(s, "hackathon", "häkaton", "hakaton", "hackathon", "loometalgu", "ideetalgu");
        inside(s, "conference", "konverents", "foorum");
        start(s, "conference", "konferencj", "conference", "forum");
        inside(s, "seminar", "seminar", "töötuba", "töötoa", "töötube", "töötubade");
        start(s, "seminar", "seminarium", "seminarze", "seminariów", "seminaria", "warsztat", "workshop");
        inside(s, "meeting", "koosolek", "koosoleku", "kohtumi", "kohtumine");
        start(s, "meeting", "spotkani", "spotkań", "zebrani", "zebrań", "meeting");
        inside(s, "mentoring", "mentorlus", "mentorlust", "mentordami", "mentortug", "mentoring");
        inside(s, "pilot_action", "piloottegevus", "pilootprojekt", "pilotażow");
        start(s, "pilot_action", "pilot action", "pilot project");
        inside(s, "major_event", "suurüritus", "suurürituse", "festival", "festiwal", "näitus");
        start(s, "major_event", "laat", "laada", "targi", "targów", "targach", "targami", "wystaw", "exhibition");
        whole(s, "major_event", "mess", "messil", "messile", "fair", "fairs");
        inside(s, ANY, "üritus", "sündmus");
        start(s, ANY, "wydarzeni", "wydarzeń", "imprez");
        whole(s, ANY, "event", "events");
        s.sort(Comparator.comparingInt((Stem x) -> x.stem().length()).reversed());
        for (int i = 0; i < s.size(); i++) {
            Stem stem = s.get(i);
            Stem ranked = new Stem(stem.stem(), stem.type(), stem.fit(), i);
            AT_WORD_START.computeIfAbsent(stem.stem().charAt(0), c -> new ArrayList<>()).add(ranked);
            if (stem.fit() == Fit.INSIDE && stem.stem().length() >= 5 && stem.stem().indexOf(' ') < 0) {
                INSIDE_WORD.computeIfAbsent(stem.stem().charAt(0), c -> new ArrayList<>()).add(ranked);
            }
        }
    }

    private static void inside(List<Stem> to, String type, String... stems) {
        add(to, type, Fit.INSIDE, stems);
    }

    private static void start(List<Stem> to, String type, String... stems) {
        add(to, type, Fit.WORD_START, stems);
    }

    private static void whole(List<Stem> to, String type, String... stems) {
        add(to, type, Fit.WHOLE_WORD, stems);
    }

    private static void add(List<Stem> to, String type, Fit fit, String... stems) {
        for (String stem : stems) {
            to.add(new Stem(stem, type, fit, 0));
        }
    }

    private EventTypes() {
    }

    /** The registry code of a kind found: {@link #ANY} is {@code other} for one event. */
    static String code(Hit hit) {
        return ANY.equals(hit.type()) ? Codes.of(EventType.OTHER) : hit.type();
    }

    /** The first kind of event named in {@code lower} (a lower-cased text), or null. */
    static Hit first(String lower) {
        List<Hit> hits = find(lower, 0, 1);
        return hits.isEmpty() ? null : hits.get(0);
    }

    /** The kinds of event named in {@code lower} from {@code from} on, at most {@code limit}, in text order. */
    static List<Hit> find(String lower, int from, int limit) {
        List<Hit> hits = new ArrayList<>();
        int i = from;
        int n = lower.length();
        while (i < n && hits.size() < limit) {
            while (i < n && !Character.isLetter(lower.charAt(i))) {
                i++;
            }
            int wordEnd = i;
            while (wordEnd < n && (Character.isLetter(lower.charAt(wordEnd)) || lower.charAt(wordEnd) == '-')) {
                wordEnd++;
            }
            if (wordEnd > i) {
                Hit hit = inWord(lower, i, wordEnd);
                if (hit != null) {
                    hits.add(hit);
                    // a stem of several words ("aastalõpu üritus") is past this word: go on after it
                    wordEnd = Math.max(wordEnd, hit.end());
                }
            }
            i = wordEnd + 1;
        }
        return hits;
    }

    /**
     * The stem that fits the word: of all that fit, the longest (the first listed of equal ones). Only stems that
     * begin with the letter at a position are tried there, at the word's start for all, inside it for compound
     * stems of five letters or more.
     */
    private static Hit inWord(String lower, int wordStart, int wordEnd) {
        int length = wordEnd - wordStart;
        Stem best = null;
        int bestAt = -1;
        for (int at = wordStart; at < wordEnd; at++) {
            List<Stem> stems = (at == wordStart ? AT_WORD_START : INSIDE_WORD).get(lower.charAt(at));
            if (stems == null) {
                continue;
            }
            for (Stem s : stems) {
                if (best != null && s.rank() >= best.rank()) {
                    break;
                }
                if (fits(s, lower, wordEnd, length, at)) {
                    best = s;
                    bestAt = at;
                    break;
                }
            }
        }
        return best == null ? null : new Hit(best.type(), bestAt, bestAt + best.stem().length());
    }

    private static boolean fits(Stem s, String lower, int wordEnd, int length, int at) {
        String stem = s.stem();
        if (stem.indexOf(' ') >= 0) {
            return lower.startsWith(stem, at);
        }
        if (at + stem.length() > wordEnd || (s.fit() == Fit.WHOLE_WORD && stem.length() != length)) {
            return false;
        }
        return lower.startsWith(stem, at);
    }
}
