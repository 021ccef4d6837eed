package eu.leadercoop.tracking;

import java.time.Instant;
import java.time.LocalDate;

/** One imported rates file: which days it covered and how many rates it held. */
public record RatesImport(String source, Instant importedAt, LocalDate firstDate, LocalDate lastDate, int days, int rates) {
}
