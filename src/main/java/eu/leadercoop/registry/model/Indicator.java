package eu.leadercoop.registry.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A measurable target of an expected result: {@code ~200 participants}, {@code ~20 initiatives},
 * {@code 5 mentor days per village}. {@code approximate} keeps the source's "ca" / "około" / "about".
 */
@Embeddable
public record Indicator(
        @Column(name = "indicator_target", precision = 15, scale = 2) BigDecimal target,
        @Column(name = "indicator_unit", length = 200) String unit,
        @Column(name = "indicator_approximate") Boolean approximate,
        @Column(name = "indicator_achieved", precision = 15, scale = 2) BigDecimal achieved) {

    public boolean isApproximate() {
        return Boolean.TRUE.equals(approximate);
    }

    /** Achieved as a percentage of the target, rounded to a whole percent. */
    public Optional<BigDecimal> percentAchieved() {
        if (target == null || achieved == null || target.signum() == 0) {
            return Optional.empty();
        }
        return Optional.of(achieved.multiply(BigDecimal.valueOf(100)).divide(target, 0, RoundingMode.HALF_UP));
    }
}
