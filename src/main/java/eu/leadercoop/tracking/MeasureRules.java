package eu.leadercoop.tracking;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.model.Funding;
import eu.leadercoop.tracking.internal.MeasureRuleStore;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The table of funding measures' maximum grant rates that money checks compare grants with. It starts
 * empty; network administrators add the rules their programmes state (the admin page
 * {@code /admin/measure-rules}).
 */
@Service
@Transactional(readOnly = true)
public class MeasureRules {

    private final MeasureRuleStore store;
    private final Clock clock;

    MeasureRules(MeasureRuleStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    public List<MeasureRule> all() {
        return store.all();
    }

    /** The rule for a project's funding: the strictest (lowest maximum) of those that match, if any. */
    public Optional<MeasureRule> ruleFor(Funding funding) {
        return store.all().stream().filter(r -> r.matches(funding)).min(Comparator.comparing(MeasureRule::maxGrantRate));
    }

    /**
     * Adds a rule.
     *
     * @param maxGrantRate a share: 0.9 for 90 %
     * @throws InvalidDraftException naming each wrong field ({@code programme}, {@code measure},
     *     {@code max_grant_rate}, {@code note}); nothing is saved then
     */
    @Transactional
    public MeasureRule add(String programme, String measure, BigDecimal maxGrantRate, String note) {
        List<FieldProblem> problems = problems(programme, measure, maxGrantRate, note);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        BigDecimal rate = maxGrantRate.setScale(4, RoundingMode.UNNECESSARY); // as the column keeps it
        long id = store.insert(programme.strip(), measure.strip(), rate, blankToNull(note), clock.instant());
        return new MeasureRule(id, programme.strip(), measure.strip(), rate, blankToNull(note));
    }

    /** What {@link #add} would refuse, field by field; empty when the rule can be added. */
    public List<FieldProblem> problems(String programme, String measure, BigDecimal maxGrantRate, String note) {
        List<FieldProblem> problems = new ArrayList<>();
        text(problems, "programme", programme, 500, true);
        text(problems, "measure", measure, 100, true);
        text(problems, "note", note, 1000, false);
        if (maxGrantRate == null) {
            problems.add(FieldProblem.of("max_grant_rate", "required", "is required"));
        } else if (maxGrantRate.signum() <= 0 || maxGrantRate.compareTo(BigDecimal.ONE) > 0 || maxGrantRate.stripTrailingZeros().scale() > 4) {
            problems.add(FieldProblem.of("max_grant_rate", "invalid_rate", "must be more than 0 % and at most 100 %, to two decimals of a percent"));
        }
        return problems;
    }

    /** @return false when there was no such rule */
    @Transactional
    public boolean remove(long id) {
        return store.delete(id);
    }

    private static void text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty() && required) {
            problems.add(FieldProblem.of(field, "required", "is required"));
        } else if (text.length() > max) {
            problems.add(FieldProblem.of(field, "too_long", "is longer than " + max + " characters", max));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
