package eu.leadercoop.importer.review;

import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.model.EventType;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Which planned activity an event delivers, as a suggestion for the reviewer: an activity whose commitment counts
 * events of the event's type ({@link EventType#countsAs}: an online meeting counts as a meeting unless the
 * commitment asks for physical ones). Among several, the one naming the type itself beats one naming its family,
 * a commitment naming fewer kinds beats a broader one, then more words shared with the event's title; a tie links
 * nothing. Only joint activities and the publishing partner's own are considered: a page reports its own events.
 */
final class EventLinks {

    /** An activity row as linking sees it. */
    record Candidate(int row, List<String> eventTypes, boolean physicalOnly, String text) {
    }

    private EventLinks() {
    }

    /** The row of the activity the event delivers, or empty when none or several fit equally. */
    static Optional<Integer> link(String eventType, String eventTitle, List<Candidate> candidates) {
        Optional<EventType> type = Codes.parse(EventType.class, eventType);
        if (type.isEmpty()) {
            return Optional.empty();
        }
        int best = -1;
        double bestScore = 0;
        boolean tie = false;
        for (Candidate c : candidates) {
            double score = score(type.get(), eventTitle, c);
            if (score > bestScore) {
                best = c.row();
                bestScore = score;
                tie = false;
            } else if (score > 0 && score == bestScore && c.row() != best) {
                tie = true;
            }
        }
        return best < 0 || tie ? Optional.empty() : Optional.of(best);
    }

    private static double score(EventType type, String title, Candidate c) {
        if (c.physicalOnly() && !type.isPhysical()) {
            return 0;
        }
        double best = 0;
        for (String code : c.eventTypes()) {
            Optional<EventType> wanted = Codes.parse(EventType.class, code);
            if (wanted.isPresent() && type.countsAs(wanted.get())) {
                best = Math.max(best, type == wanted.get() ? 2 : 1);
            }
        }
        if (best == 0) {
            return 0;
        }
        return best * 100 + 10.0 / c.eventTypes().size() + sharedWords(title, c.text());
    }

    /** Words of five letters or more with the same first five letters in both texts (inflection aside). */
    private static int sharedWords(String a, String b) {
        Set<String> stems = stems(a);
        int shared = 0;
        for (String s : stems(b)) {
            if (stems.contains(s)) {
                shared++;
            }
        }
        return shared;
    }

    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        if (text == null) {
            return stems;
        }
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 5) {
                stems.add(w.substring(0, 5));
            }
        }
        return stems;
    }

    static List<Candidate> candidates(List<ReviewForm.ActivityRow> rows, String publisherRow) {
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            ReviewForm.ActivityRow a = rows.get(i);
            boolean own = a.getPartner() == null || a.getPartner().isEmpty() || a.getPartner().equals(publisherRow);
            if (own && a.getMinCount() != null && !a.getEventTypes().isEmpty()) {
                out.add(new Candidate(i, a.getEventTypes(), a.isPhysicalOnly(), a.getText()));
            }
            // "2 välisõppereisi ja 4 seminari": a seminar delivers the same activity as a trip abroad does
            for (CommitmentRow more : a.getMoreCommitments()) {
                if (own && more.getMinCount() != null && !more.getEventTypes().isEmpty()) {
                    out.add(new Candidate(i, more.getEventTypes(), more.isPhysicalOnly(), a.getText()));
                }
            }
        }
        return out;
    }
}
