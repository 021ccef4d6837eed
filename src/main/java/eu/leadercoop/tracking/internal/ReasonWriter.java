package eu.leadercoop.tracking.internal;

import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.tracking.CommitmentStatus;
import eu.leadercoop.tracking.CommitmentStatus.EventMatch;
import eu.leadercoop.tracking.EventUse;
import eu.leadercoop.tracking.Phrase;
import eu.leadercoop.tracking.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Says why a commitment has its status, as {@link Phrase}s: what was held (where, or when), what does not
 * count and why, what is planned, what is still needed by when, and, when at risk, the arithmetic of the
 * rule. "meetings: 1 of 3 held (online); 1 not counted (region already used); 2 more needed in regions not
 * yet used by 30 June 2025".
 */
final class ReasonWriter {

    /** Uses of events recorded against the activity that do not count, in the order the reason names them. */
    private static final List<EventUse> NOT_COUNTED = Arrays.stream(EventUse.values())
            .filter(u -> !u.counts() && u != EventUse.NOT_LINKED).toList();

    private ReasonWriter() {
    }

    /** The reason for {@code s}, a status whose counts are known. */
    static List<Phrase> reason(CommitmentStatus s, StatusRule rule) {
        List<Phrase> reason = new ArrayList<>();
        Phrase.Kinds kinds = new Phrase.Kinds(s.eventTypes(), s.physicalOnly());
        List<EventMatch> held = with(s, EventUse.HELD);
        if (held.isEmpty()) {
            reason.add(Phrase.of("held", kinds, 0, s.minCount()));
        } else if (s.distinctRegions()) {
            reason.add(Phrase.of("held_in", kinds, s.held(), s.minCount(), new Phrase.Places(s.regionsUsed())));
        } else {
            reason.add(Phrase.of("held_on", kinds, s.held(), s.minCount(), dates(held)));
        }
        for (EventUse use : NOT_COUNTED) {
            int n = with(s, use).size();
            if (n > 0) {
                reason.add(Phrase.of("not_counted", n, new Phrase.Use(use)));
            }
        }
        if (s.status() != Status.MET) {
            if (s.planned() > 0) {
                reason.add(Phrase.of("planned", s.planned(), dates(with(s, EventUse.PLANNED))));
            }
            reason.add(stillNeeded(s));
            if (s.status() == Status.AT_RISK) {
                reason.add(Phrase.of("at_risk", s.daysLeft(), StatusRule.unplanned(s.minCount(), s.held(), s.planned()),
                        rule.daysPerMissingEvent()));
            }
            int notLinked = with(s, EventUse.NOT_LINKED).size();
            if (notLinked > 0) {
                reason.add(Phrase.of("not_linked", notLinked));
            }
        }
        return reason;
    }

    private static Phrase stillNeeded(CommitmentStatus s) {
        if (s.status() == Status.MISSED) {
            return Phrase.of("deadline_passed", s.deadline(), s.missing());
        }
        String code = s.distinctRegions() ? "more_regions_needed" : "more_needed";
        return s.deadline() == null ? Phrase.of(code, s.missing()) : Phrase.of(code + "_by", s.missing(), s.deadline());
    }

    private static List<EventMatch> with(CommitmentStatus s, EventUse use) {
        return s.events().stream().filter(e -> e.use() == use).toList();
    }

    private static Phrase.Dates dates(List<EventMatch> events) {
        return new Phrase.Dates(events.stream().map(e -> new PartialDateRange(e.start(), e.end() == null ? e.start() : e.end())).toList());
    }
}
