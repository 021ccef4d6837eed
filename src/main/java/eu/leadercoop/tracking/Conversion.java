package eu.leadercoop.tracking;

import eu.leadercoop.registry.model.Money;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An amount in euro: {@code original} divided by the ECB reference rate of {@code rateDate} (units of the
 * currency per euro), rounded half up to the cent. Amounts already in euro are not converted: their rate is
 * 1 and {@code rateDate} is null.
 */
public record Conversion(Money original, Money eur, BigDecimal rate, LocalDate rateDate) {

    /** Whether a rate was used (false for amounts already in euro). */
    public boolean converted() {
        return rateDate != null;
    }
}
