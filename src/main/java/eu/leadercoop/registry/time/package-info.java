/**
 * Partial dates: dates known only to a year, season, quarter, month or day, and ranges of them,
 * as LEADER project pages write them ("jaanuar 2024 – juuni 2025", "kevad 2025", "4.-7.06 2024",
 * "IV kwartał 2023", "June 4, 2024").
 *
 * <p>The value types are {@link eu.leadercoop.registry.time.PartialDate},
 * {@link eu.leadercoop.registry.time.PartialDateRange}, {@link eu.leadercoop.registry.time.Precision}
 * and {@link eu.leadercoop.registry.time.Season}. They are immutable, have no Spring dependency and
 * are exchanged as EDTF / ISO 8601-2 strings ({@code 2024}, {@code 2025-21}, {@code 2024-06-04},
 * {@code 2024-01/2025-06}).
 *
 * <p>{@link eu.leadercoop.registry.time.PartialDates} reads dates as people write them in Estonian,
 * Polish and English, finds them inside longer lines, and writes them back per language. Its only
 * failure is {@link eu.leadercoop.registry.time.PartialDateParseException}.
 *
 * <p>This package is the registry's {@code time} named interface: the importer, search, tracking and
 * reports modules may use it directly.
 */
@org.springframework.modulith.NamedInterface("time")
package eu.leadercoop.registry.time;
