package eu.leadercoop.importer.extract;

import java.math.BigDecimal;

/**
 * A sum of money found in the text.
 *
 * @param value     the amount, two decimals
 * @param currency  ISO 4217 code
 * @param start     offset in the line where it starts (number or currency sign before it)
 * @param end       offset in the line after it
 * @param asWritten the characters it was read from
 */
record Amount(BigDecimal value, String currency, int start, int end, String asWritten) {
}
