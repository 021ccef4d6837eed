package eu.leadercoop.tracking.web;

import eu.leadercoop.tracking.Status;
import java.util.Comparator;
import java.util.List;

/** How statuses look and rank on pages: a Bootstrap tone each, and which is worst. */
final class Tones {

    /** Worst first: a row of several commitments shows the first of these that it has. */
    static final List<Status> WORST_FIRST = List.of(Status.MISSED, Status.AT_RISK, Status.NOT_STARTED, Status.ON_TRACK, Status.MET);

    static final Comparator<Status> WORST = Comparator.comparingInt(WORST_FIRST::indexOf);

    private Tones() {
    }

    /** The Bootstrap tone ({@code text-bg-<tone>}) of a status. */
    static String of(Status status) {
        return switch (status) {
            case MET -> "success";
            case ON_TRACK -> "info";
            case AT_RISK -> "warning";
            case MISSED -> "danger";
            case NOT_STARTED -> "secondary";
        };
    }
}
