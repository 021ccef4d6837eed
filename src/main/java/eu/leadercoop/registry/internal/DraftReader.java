package eu.leadercoop.registry.internal;

import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.ProjectDraft.DateText;
import eu.leadercoop.registry.model.Codes;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateParseException;
import eu.leadercoop.registry.time.PartialDateRange;
import eu.leadercoop.registry.time.PartialDates;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import eu.leadercoop.registry.Regions;

/**
 * Reads submitted values field by field, turning each into its typed value or into a
 * {@link FieldProblem} named by its path. Collects every problem so that the sender sees them all at
 * once; {@link #throwIfAny()} ends the reading.
 */
final class DraftReader {

    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final Pattern REGION = Pattern.compile("[A-Z]{2}-[A-Z0-9]{1,3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern BARE_DOMAIN = Pattern.compile("(?i)[a-z0-9][a-z0-9-]*(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/\\S*)?");

    private final List<FieldProblem> problems = new ArrayList<>();

    void reject(String field, String code, String message, Object... arguments) {
        // One item edited on its own is read with an empty prefix: ".title" is the body's "title".
        String name = field.startsWith(".") ? field.substring(1) : field;
        problems.add(FieldProblem.of(name, code, message, arguments));
    }

    void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
    }

    /** Trimmed text, null when blank; a problem when required and blank or longer than {@code max}. */
    String text(String field, String value, int max, boolean required) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            if (required) {
                reject(field, "required", "is required");
            }
            return null;
        }
        if (text.length() > max) {
            reject(field, "too_long", "is longer than " + max + " characters", max);
            return null;
        }
        return text;
    }

    String language(String field, String code, boolean required) {
        String lang = text(field, code, 8, required);
        if (lang == null) {
            return null;
        }
        lang = lang.toLowerCase(Locale.ROOT);
        if (!LANGUAGES.contains(lang)) {
            reject(field, "unknown_language", "'" + code + "' is not an ISO 639-1 language code", code);
            return null;
        }
        return lang;
    }

    String country(String field, String code) {
        String country = text(field, code, 2, false);
        if (country == null) {
            return null;
        }
        country = country.toUpperCase(Locale.ROOT);
        if (!COUNTRIES.contains(country)) {
            reject(field, "unknown_country", "'" + code + "' is not an ISO 3166-1 country code", code);
            return null;
        }
        return country;
    }

    /** An ISO 3166-2 code ({@code EE-37}) or the name of a region of the table in any language ({@code Harjumaa}). */
    String region(String field, String code) {
        String region = text(field, code, 80, false);
        if (region == null) {
            return null;
        }
        if (REGION.matcher(region.toUpperCase(Locale.ROOT)).matches()) {
            return region.toUpperCase(Locale.ROOT);
        }
        Optional<String> named = Regions.table().codeOfName(region);
        if (named.isEmpty()) {
            reject(field, "unknown_region", "'" + code + "' is neither a region's name such as Harjumaa nor an ISO 3166-2 code like EE-37", code);
            return null;
        }
        return named.get();
    }

    String email(String field, String value) {
        String email = text(field, value, 320, false);
        if (email != null && !EMAIL.matcher(email).matches()) {
            reject(field, "invalid_email", "'" + value + "' is not an e-mail address", value);
            return null;
        }
        return email;
    }

    /**
     * A web address: {@code http://} or {@code https://} with a host. A bare domain ({@code kklm.ee/projekt})
     * is read as https; anything else ({@code javascript:}, {@code data:}, text) is refused, because pages
     * and reports turn these into links.
     */
    String link(String field, String value, int max) {
        String text = text(field, value, max, false);
        if (text == null) {
            return null;
        }
        String candidate = BARE_DOMAIN.matcher(text).matches() ? "https://" + text : text;
        try {
            URI uri = new URI(candidate);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null && candidate.length() <= max) {
                return candidate;
            }
        } catch (URISyntaxException notAnAddress) {
            // refused below
        }
        reject(field, "invalid_link", "'" + value + "' is not a web address (http:// or https://)", value);
        return null;
    }

    Currency currency(String field, String code, boolean required) {
        String text = text(field, code, 3, required);
        if (text == null) {
            return null;
        }
        try {
            return Currency.getInstance(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            reject(field, "unknown_currency", "'" + code + "' is not an ISO 4217 currency code", code);
            return null;
        }
    }

    BigDecimal amount(String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0) {
            reject(field, "negative", "cannot be negative");
            return null;
        }
        if (value.stripTrailingZeros().scale() > 2 || value.precision() - value.scale() > 13) {
            reject(field, "invalid_amount", "must have at most 13 digits and 2 decimals");
            return null;
        }
        return value.setScale(2, RoundingMode.UNNECESSARY);
    }

    <E extends Enum<E>> E code(String field, Class<E> type, String code, E fallback) {
        if (code == null || code.isBlank()) {
            return fallback;
        }
        Optional<E> value = Codes.parse(type, code);
        if (value.isEmpty()) {
            reject(field, "unknown_value", "'" + code + "' is not one of: " + Codes.list(type), code, Codes.list(type));
        }
        return value.orElse(fallback);
    }

    /** One partial date, in EDTF ({@code 2024-03}) or as people write it ({@code märts 2024}). */
    PartialDate date(String field, String value) {
        PartialDateRange range = range(field, value);
        if (range != null && !range.isSingle()) {
            reject(field, "not_single_date", "'" + value + "' is a range, not a single date", value);
            return null;
        }
        return range == null ? null : range.start();
    }

    /** A date or range in EDTF ({@code 2024-01/2025-06}) or as people write it ({@code 23.-24.08 2024}). */
    private PartialDateRange range(String field, String value) {
        String text = value == null ? null : value.strip();
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return PartialDates.parseRangeOrEdtf(text);
        } catch (PartialDateParseException e) {
            reject(field, "invalid_date", "'" + value + "' is not a date we can read: " + e.reason(), value);
            return null;
        }
    }

    /** Start and end as stated, either may be open; a problem when the end is before the start. */
    Span span(String field, DateText text) {
        if (text == null) {
            return Span.NONE;
        }
        boolean startOnly = text.end() == null || text.end().isBlank();
        if (startOnly) {
            // "start" alone may hold a whole range as written: 23.-24.08 2024, 01.07.2022–31.10.2023.
            PartialDateRange range = range(field + ".start", text.start());
            return range == null ? Span.NONE : new Span(range.start(), range.isSingle() ? null : range.end());
        }
        PartialDate start = date(field + ".start", text.start());
        PartialDate end = date(field + ".end", text.end());
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            reject(field + ".end", "end_before_start", "ends before it starts");
            return Span.NONE;
        }
        return new Span(start, end);
    }

    /** A stated start and end; either may be unknown. */
    record Span(PartialDate start, PartialDate end) {

        static final Span NONE = new Span(null, null);

        /** As a range; a single stated date becomes a one-date range, no date at all null. */
        PartialDateRange toRange() {
            if (start == null && end == null) {
                return null;
            }
            return new PartialDateRange(start != null ? start : end, end != null ? end : start);
        }
    }
}
