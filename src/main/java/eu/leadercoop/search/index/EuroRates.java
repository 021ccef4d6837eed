package eu.leadercoop.search.index;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Fixed reference rates (units of a currency per euro) to put budgets in different currencies into
 * one scale for budget bands and sorting. Only for ordering and banding: pages and the API always
 * show the amount in the currency the source states. Configured with
 * {@code leadercoop.search.euro-rates.PLN=4.30}; the defaults are rounded ECB reference rates.
 */
public final class EuroRates {

    public static final Map<String, BigDecimal> DEFAULTS = Map.of(
            "EUR", BigDecimal.ONE, "PLN", new BigDecimal("4.30"), "SEK", new BigDecimal("11.20"),
            "CZK", new BigDecimal("25.00"), "HUF", new BigDecimal("395"), "DKK", new BigDecimal("7.46"),
            "RON", new BigDecimal("4.97"), "BGN", new BigDecimal("1.956"), "NOK", new BigDecimal("11.60"),
            "CHF", new BigDecimal("0.95"));

    private final Map<String, BigDecimal> perEuro;

    public EuroRates(Map<String, BigDecimal> overrides) {
        this.perEuro = new java.util.HashMap<>(DEFAULTS);
        overrides.forEach((currency, rate) -> perEuro.put(currency.toUpperCase(java.util.Locale.ROOT), rate));
    }

    /** The amount in euro, or empty for a currency without a rate. */
    public Optional<Double> toEuro(BigDecimal amount, String currency) {
        BigDecimal rate = perEuro.get(currency);
        return rate == null || rate.signum() <= 0 ? Optional.empty()
                : Optional.of(amount.divide(rate, MathContext.DECIMAL64).doubleValue());
    }

    @Override
    public String toString() {
        return perEuro.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", "));
    }
}
