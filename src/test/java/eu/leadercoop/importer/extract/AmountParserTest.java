package eu.leadercoop.importer.extract;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class AmountParserTest {

    @ParameterizedTest(name = "{0} is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "251 928 €|251928.00|EUR",
            "251\u00A0928 €|251928.00|EUR",
            "33 002,80 eurot|33002.80|EUR",
            "176 072,20 zł|176072.20|PLN",
            "1.234.567,89 PLN|1234567.89|PLN",
            "€120,500.50|120500.50|EUR",
            "EUR 3300.28|3300.28|EUR",
            "12 000 zl|12000.00|PLN",
            "5000 euro|5000.00|EUR",
            "1,5 tys. zł|1500.00|PLN",
            "100 000 krooni|100000.00|EEK",
            "993,903 SEK|993903.00|SEK",
            "118 928 kronor|118928.00|SEK",
            "496 400 Zviedrijas kronas|496400.00|SEK",
            "366 113,00 Lt|366113.00|LTL",
            "25 000 Kč|25000.00|CZK",
            "1 200 000 Ft|1200000.00|HUF",
            "3,13 mln. Eur|3130000.00|EUR",
            "£1.5m|1500000.00|GBP",
            "12 500,- €|12500.00|EUR",
            "2 500 EUR|2500.00|EUR",
            "12500,- €|12500.00|EUR",
            "12 500,– zł|12500.00|PLN"})
    void readsANumberWithItsCurrencyInEveryCommonFormat(String written, String value, String currency) {
        assertThat(AmountParser.findAll("Summa " + written + " kokku"))
                .singleElement()
                .satisfies(a -> {
                    assertThat(a.value()).isEqualTo(new BigDecimal(value));
                    assertThat(a.currency()).isEqualTo(currency);
                });
    }

    @Test
    void findsEveryAmountOfALineInOrderWithItsPosition() {
        String line = "JAP projekti kogumaksumus 33 000 € / toetus 29 700 €";
        assertThat(AmountParser.findAll(line)).extracting(Amount::asWritten).containsExactly("33 000 €", "29 700 €");
        assertThat(AmountParser.findAll(line).get(0).start()).isEqualTo(line.indexOf("33"));
    }

    @Test
    void doesNotReadYearsCountsOrPhoneNumbersAsMoney() {
        assertThat(AmountParser.findAll("Periood 2021-2027, 6 koolitusmoodulit, tel +372 552 2385")).isEmpty();
        assertThat(AmountParser.findAll("2021 33 000 €")).extracting(Amount::value)
                .containsExactly(new BigDecimal("33000.00"));
    }
}
