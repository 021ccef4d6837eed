package eu.leadercoop.tracking;

import java.math.BigDecimal;
import java.util.List;

/**
 * An expected result with a target: what was promised, what is achieved, and the percentage.
 *
 * @param position     the result's index among the project's expected results (0 first)
 * @param achieved     null when {@code achievedFrom} is {@link AchievedFrom#NONE}
 * @param percent      achieved as a whole percentage of the target (may exceed 100), null when unknown
 * @param eventIds     the events whose participants were summed, for {@link AchievedFrom#EVENTS}
 */
public record IndicatorProgress(
        int position,
        String text,
        BigDecimal target,
        String unit,
        boolean approximate,
        BigDecimal achieved,
        AchievedFrom achievedFrom,
        BigDecimal percent,
        List<Long> eventIds) {
}
