package eu.leadercoop.search;

import java.util.Arrays;
import java.util.Optional;

/** Budget bands of the budget facet, in euro: lower bound included, upper bound excluded. */
public enum BudgetBand {
    UNDER_10K(null, 10_000d),
    FROM_10K_TO_50K(10_000d, 50_000d),
    FROM_50K_TO_100K(50_000d, 100_000d),
    FROM_100K_TO_500K(100_000d, 500_000d),
    FROM_500K(500_000d, null);

    private final Double from;
    private final Double to;

    BudgetBand(Double from, Double to) {
        this.from = from;
        this.to = to;
    }

    public Double from() {
        return from;
    }

    public Double to() {
        return to;
    }

    /** Whether {@code eur} falls in this band. */
    public boolean contains(double eur) {
        return (from == null || eur >= from) && (to == null || eur < to);
    }

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<BudgetBand> of(String code) {
        return Arrays.stream(values()).filter(b -> b.code().equals(code)).findFirst();
    }
}
