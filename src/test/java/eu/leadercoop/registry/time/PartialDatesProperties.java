package eu.leadercoop.registry.time;

import static eu.leadercoop.registry.time.RandomDates.forAll;
import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.registry.time.PartialDates.Match;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Properties of partial dates, checked on {@value RandomDates#TRIES} generated samples each (years
 * 1990–2100). The samples come from {@link RandomDates}, a small seeded generator, rather than jqwik:
 * jqwik 1.10 asks not to be used by AI coding agents, and these tests were written by one.
 */
class PartialDatesProperties {

    private static final long SLOW_CALL_NANOS = 500_000_000L;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"et", "pl", "en", "de"})
    void formatThenParseGivesBackEveryDate(String language) {
        Locale locale = Locale.of(language);
        forAll(RandomDates::date, date -> assertThat(PartialDates.parse(PartialDates.format(date, locale)))
                .isEqualTo(date));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"et", "pl", "en"})
    void formatThenParseGivesBackEveryRange(String language) {
        Locale locale = Locale.of(language);
        forAll(RandomDates::range, range -> assertThat(PartialDates.parseRange(PartialDates.format(range, locale)))
                .isEqualTo(range));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"et", "pl", "en"})
    void formattedRangesAreFoundWhereTheyAreWrittenInALine(String language) {
        Locale locale = Locale.of(language);
        forAll(RandomDates::range, range -> {
            String written = PartialDates.format(range, locale);
            String line = "Üritus: " + written + " Tallinnas";

            List<Match> matches = PartialDates.find(line);

            assertThat(matches).hasSize(1);
            assertThat(matches.getFirst().range()).isEqualTo(range);
            assertThat(matches.getFirst().asWritten()).isEqualTo(written);
            assertThat(matches.getFirst().start()).isEqualTo("Üritus: ".length());
        });
    }

    @Test
    void edtfGivesBackEveryDateAndRange() {
        forAll(RandomDates::date, date -> assertThat(PartialDate.fromEdtf(date.toEdtf())).isEqualTo(date));
        forAll(RandomDates::range, range -> assertThat(PartialDateRange.fromEdtf(range.toEdtf())).isEqualTo(range));
    }

    @Test
    void parsingAnyTextReturnsOrThrowsOnlyAParseExceptionQuickly() {
        forAll(RandomDates::anyString, PartialDatesProperties::readsWithoutSurprises);
    }

    @Test
    void parsingMutatedSeedFormsReturnsOrThrowsOnlyAParseExceptionQuickly() {
        forAll(RandomDates::mutatedSeedForm, PartialDatesProperties::readsWithoutSurprises);
    }

    @Test
    void compareToIsConsistentWithEqualsAndATotalOrder() {
        forAll(random -> List.of(RandomDates.date(random), RandomDates.date(random), sameOrAnother(random)),
                dates -> checkTotalOrder(dates.get(0), dates.get(1), dates.get(2)));
        forAll(random -> List.of(RandomDates.range(random), RandomDates.range(random), RandomDates.range(random)),
                ranges -> checkTotalOrder(ranges.get(0), ranges.get(1), ranges.get(2)));
    }

    @Test
    void datesSortByTheirFirstDay() {
        forAll(random -> List.of(RandomDates.date(random), RandomDates.date(random)), dates -> {
            PartialDate a = dates.get(0);
            PartialDate b = dates.get(1);
            if (a.earliest().isBefore(b.earliest())) {
                assertThat(a).isLessThan(b);
            }
        });
    }

    @Test
    void everyRangeStartsNoLaterThanItEnds() {
        forAll(RandomDates::range, PartialDatesProperties::checkOrdered);
        forAll(RandomDates::mutatedSeedForm, text -> PartialDates.find(text).forEach(m -> checkOrdered(m.range())));
    }

    // A copy of an earlier sample now and then, so that equal dates are compared too.
    private static PartialDate sameOrAnother(Random random) {
        PartialDate date = RandomDates.date(random);
        return random.nextInt(4) == 0 ? PartialDate.fromEdtf(date.toEdtf()) : date;
    }

    private static <T extends Comparable<T>> void checkTotalOrder(T a, T b, T c) {
        assertThat(a.compareTo(b) == 0).isEqualTo(a.equals(b));
        assertThat(Integer.signum(a.compareTo(b))).isEqualTo(-Integer.signum(b.compareTo(a)));
        assertThat(a.compareTo(a)).isZero();
        if (a.compareTo(b) <= 0 && b.compareTo(c) <= 0) {
            assertThat(a.compareTo(c)).isLessThanOrEqualTo(0);
        }
    }

    private static void checkOrdered(PartialDateRange range) {
        assertThat(range.start()).isLessThanOrEqualTo(range.end());
        assertThat(range.latest()).isAfterOrEqualTo(range.earliest());
    }

    private static void readsWithoutSurprises(String text) {
        quickly(text, PartialDates::parseRange);
        quickly(text, PartialDates::parseAll);
        quickly(text, PartialDates::parse);
        List<Match> matches = quickly(text, PartialDates::find);
        int previousEnd = 0;
        for (Match match : matches) {
            assertThat(match.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(match.start(), match.end())).isEqualTo(match.asWritten());
            previousEnd = match.end();
        }
    }

    // Returns the result, or null when the text is rightly refused; anything else thrown fails the property.
    private static <T> T quickly(String text, Function<String, T> read) {
        long started = System.nanoTime();
        try {
            return read.apply(text);
        } catch (PartialDateParseException refused) {
            assertThat(refused.input()).isSameAs(text);
            assertThat(refused.reason()).isNotBlank();
            return null;
        } finally {
            assertThat(System.nanoTime() - started).as("nanoseconds to read").isLessThan(SLOW_CALL_NANOS);
        }
    }
}
