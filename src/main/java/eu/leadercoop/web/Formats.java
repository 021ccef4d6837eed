package eu.leadercoop.web;

import eu.leadercoop.registry.Regions;
import eu.leadercoop.registry.model.Money;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * How pages write values in the reader's language: {@code ${@formats.money(budget)}} in a template.
 * Dates keep their precision ({@code kevad 2025}, {@code spring 2025}); money uses the locale's
 * separators and the currency's own symbol.
 */
@Component("formats")
public class Formats {

    private final Regions regions;
    private final MessageSource messages;

    Formats(Regions regions, MessageSource messages) {
        this.regions = regions;
        this.messages = messages;
    }

    public String date(PartialDate date) {
        return date == null ? "" : PartialDates.format(date, locale());
    }

    /** A period or event date; either end may be open ("from March 2024", "until June 2025"). */
    public String span(PartialDate start, PartialDate end) {
        if (start == null && end == null) {
            return "";
        }
        if (start == null) {
            return messages.getMessage("date.until", new Object[] {date(end)}, locale());
        }
        if (end == null) {
            return messages.getMessage("date.from", new Object[] {date(start)}, locale());
        }
        return PartialDates.format(new PartialDateRange(start, end), locale());
    }

    public String money(Money money) {
        return money == null ? "" : money(money.amount(), money.currency().getCurrencyCode());
    }

    public String money(BigDecimal amount, String currency) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale());
        if (currency != null) {
            Currency c = Currency.getInstance(currency);
            format.setCurrency(c);
            format.setMinimumFractionDigits(amount.stripTrailingZeros().scale() > 0 ? c.getDefaultFractionDigits() : 0);
            format.setMaximumFractionDigits(c.getDefaultFractionDigits());
        }
        return format.format(amount);
    }

    /** A share such as a grant rate (0.9) as a percentage ({@code 90 %} / {@code 90%}). */
    public String percent(BigDecimal share) {
        if (share == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getPercentInstance(locale());
        format.setMaximumFractionDigits(share.multiply(BigDecimal.valueOf(100)).stripTrailingZeros().scale() > 0 ? 2 : 0);
        return format.format(share);
    }

    /** A figure without needless decimals: 200, 5, 2.5. */
    public String number(BigDecimal value) {
        if (value == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(2);
        return format.format(value.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros());
    }

    /**
     * A moment such as a change's or a token's time, in UTC and the reader's way ({@code 8 Dec 2026, 00:44 UTC},
     * {@code 8. dets 2026 00:44 UTC}); a stored {@code 2026-12-08 00:44} read like a raw value.
     */
    public String moment(Instant moment) {
        return moment == null ? "" : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale()).withZone(ZoneOffset.UTC).format(moment) + " UTC";
    }

    public String country(String code) {
        return code == null ? "" : Locale.of("", code).getDisplayCountry(locale());
    }

    public String region(String code) {
        return code == null ? "" : regions.name(code, locale().getLanguage());
    }

    public String language(String code) {
        return code == null ? "" : Locale.forLanguageTag(code).getDisplayLanguage(locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
