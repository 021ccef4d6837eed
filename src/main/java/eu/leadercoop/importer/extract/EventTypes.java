package eu.leadercoop.importer.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Kinds of event named in et, pl and en, as word stems. Stems are found inside compound words
 * ({@code koostööseminar}, {@code veebikoosolek}); where two stems fit one word the longer, more specific one
 * wins ({@code välisõppereis} is a study trip abroad, not a study trip).
 */
final class EventTypes {

    /** A kind of event found in a text. */
    record Hit(String type, int start, int end) {
    }

    private record Stem(String stem, String type) {
    }

    private static final List<Stem> STEMS;

    static {
        List<Stem> s = new ArrayList<>();
        add(s, "study_trip_abroad", "välisõppereis", "välisõpperei", "välisreis", "õppereis välismaale",
                "õppereis välisriiki", "wyjazd studyjny zagraniczny", "wyjazdu studyjnego zagranicznego",
                "zagraniczny wyjazd studyjny", "zagranicznego wyjazdu studyjnego", "zagraniczna wizyta studyjna",
                "zagranicznej wizyty studyjnej", "study trip abroad", "study trips abroad", "international study trip",
                "study visit abroad", "study tour abroad");
        add(s, "study_trip", "õppereis", "õpperei", "õppekäik", "õppekäig", "õppevisiit", "wyjazd studyjny",
                "wyjazdu studyjnego", "wyjazdów studyjnych", "wyjazdy studyjne", "wyjazdach studyjnych",
                "wyjazdom studyjnym", "wizyta studyjna", "wizyty studyjnej", "wizyt studyjnych", "wizyty studyjne",
                "study trip", "study visit", "study tour");
        add(s, "online_meeting", "veebikoosolek", "veebikohtumi", "e-koosolek", "spotkanie online",
                "spotkania online", "spotkań online", "online meeting", "virtual meeting");
        add(s, "webinar", "veebiseminar", "webinar", "webinarium");
        add(s, "training_module", "koolitusmoodul", "training module", "moduł szkoleniow", "modułów szkoleniow");
        add(s, "year_end_event", "aastalõpu üritus", "aastalõpuüritus", "aastalõpu", "year-end event",
                "end of year event", "end-of-year event", "spotkanie podsumowujące rok");
        add(s, "hackathon", "häkaton", "hakaton", "hackathon", "loometalgu", "ideetalgu");
        add(s, "conference", "konverents", "konferencj", "konferencja", "conference", "foorum", "forum");
        add(s, "seminar", "seminar", "seminarium", "seminarze", "seminariów", "seminaria");
        add(s, "meeting", "koosolek", "koosoleku", "kohtumi", "kohtumine", "spotkani", "zebrani", "meeting");
        add(s, "workshop", "töötuba", "töötoa", "töötube", "töötubade", "warsztat", "workshop");
        add(s, "training", "koolitus", "szkoleni", "training", "kursus", "kurs");
        add(s, "mentoring", "mentorlus", "mentorlust", "mentordami", "mentortug", "mentoring");
        add(s, "major_event", "suurüritus", "suurürituse", "festival", "festiwal");
        add(s, "fair", "laat", "laada", "mess", "targi", "targach", "fair");
        add(s, "exhibition", "näitus", "wystaw", "exhibition");
        s.sort(Comparator.comparingInt((Stem x) -> x.stem().length()).reversed());
        STEMS = List.copyOf(s);
    }

    private static void add(List<Stem> to, String type, String... stems) {
        for (String stem : stems) {
            to.add(new Stem(stem, type));
        }
    }

    private EventTypes() {
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

    private static Hit inWord(String lower, int wordStart, int wordEnd) {
        for (Stem s : STEMS) {
            String stem = s.stem();
            if (stem.indexOf(' ') >= 0) {
                if (lower.startsWith(stem, wordStart)) {
                    return new Hit(s.type(), wordStart, wordStart + stem.length());
                }
            } else if (stem.length() <= wordEnd - wordStart) {
                int at = lower.indexOf(stem, wordStart);
                if (at >= 0 && at + stem.length() <= wordEnd && (stem.length() >= 5 || at == wordStart)) {
                    return new Hit(s.type(), at, at + stem.length());
                }
            }
        }
        return null;
    }
}
