package eu.leadercoop.registry.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * Where a project's money comes from, as the source names it: programme (PROW, MAK, a LAG's strategy),
 * priority, objective and measure or action. Free text, because every programme numbers these its own
 * way: {@code PROW priority 6}, {@code KSOW objective 5, action 4},
 * {@code Võrumaa Partnerluskogu strategy measure 1.2}.
 */
@Embeddable
public record Funding(
        @Column(name = "funding_programme", length = 500) String programme,
        @Column(name = "funding_priority", length = 1000) String priority,
        @Column(name = "funding_objective", length = 1000) String objective,
        @Column(name = "funding_measure", length = 1000) String measure) {

    @JsonIgnore // not a property: JSON would otherwise carry "empty": false in every funding block
    public boolean isEmpty() {
        return blank(programme) && blank(priority) && blank(objective) && blank(measure);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
