package eu.leadercoop.partners.internal;

import eu.leadercoop.partners.OfferDraft;
import eu.leadercoop.registry.FieldProblem;
import eu.leadercoop.registry.InvalidDraftException;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.PartialDateParseException;
import eu.leadercoop.registry.time.PartialDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks an offer as submitted and names every wrong field (nothing is saved then); what passes comes
 * out normalised: codes in their usual case, lists without blanks or repeats, the period as EDTF.
 */
public final class OfferValidation {

    public static final List<String> LANGUAGES = List.of("et", "pl", "en");
    /** The organisation kind codes of DESIGN.md. */
    public static final List<String> KINDS = List.of("lag", "flag", "municipality", "ngo", "foundation", "company", "public_body",
            "network");
    static final int MAX_LIST = 30;
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /** What an offer says once checked. */
    public record Checked(String language, String title, String description, List<String> themes, List<String> wantedCountries,
            List<String> wantedKinds, List<String> languagesSpoken, String periodStart, String periodEnd, BigDecimal budgetMin,
            BigDecimal budgetMax, String budgetCurrency, LocalDate replyDeadline, String contactName, String contactEmail,
            String contactPhone) {

        public void into(CooperationOffer offer) {
            offer.describe(language, title, description, themes, wantedCountries, wantedKinds, languagesSpoken, periodStart, periodEnd,
                    budgetMin, budgetMax, budgetCurrency, replyDeadline, contactName, contactEmail, contactPhone);
        }
    }

    private OfferValidation() {
    }

    /**
     * @param today a new offer's deadline must not have passed already
     * @throws InvalidDraftException naming every wrong field
     */
    public static Checked check(OfferDraft d, LocalDate today, boolean isNew) {
        List<FieldProblem> problems = new ArrayList<>();
        String language = blankToNull(d.language());
        if (language == null || !LANGUAGES.contains(language)) {
            problems.add(FieldProblem.of("language", language == null ? "required" : "unknown_language",
                    "must be one of et, pl, en", language));
        }
        String title = text(problems, "title", d.title(), 300, true);
        String description = text(problems, "description", d.description(), 10_000, true);
        List<String> themes = list(problems, "themes", d.themes(), v -> v.length() <= 80 ? null : "at most 80 characters", false);
        List<String> countries = list(problems, "wanted_countries", d.wantedCountries(),
                v -> COUNTRY.matcher(v).matches() ? null : "must be an ISO 3166 country code such as EE, not '" + v + "'", true);
        List<String> kinds = list(problems, "wanted_kinds", d.wantedKinds(),
                v -> KINDS.contains(v.toLowerCase(Locale.ROOT)) ? null : "must be one of " + String.join(", ", KINDS) + ", not '" + v + "'",
                false).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        List<String> spoken = list(problems, "languages_spoken", d.languagesSpoken(),
                v -> LANGUAGE.matcher(v.toLowerCase(Locale.ROOT)).matches() ? null : "must be an ISO 639-1 code such as et, not '" + v + "'",
                false).stream().map(v -> v.toLowerCase(Locale.ROOT)).toList();
        PartialDate start = date(problems, "period_start", d.periodStart());
        PartialDate end = date(problems, "period_end", d.periodEnd());
        if (start != null && end != null && end.latest().isBefore(start.earliest())) {
            problems.add(FieldProblem.of("period_end", "before_start", "must not be before period_start"));
        }
        BigDecimal min = amount(problems, "budget_min", d.budgetMin());
        BigDecimal max = amount(problems, "budget_max", d.budgetMax());
        if (min != null && max != null && max.compareTo(min) < 0) {
            problems.add(FieldProblem.of("budget_max", "below_min", "must not be below budget_min"));
        }
        String currency = blankToNull(d.budgetCurrency());
        if (currency != null) {
            currency = currency.toUpperCase(Locale.ROOT);
            if (!CURRENCY.matcher(currency).matches()) {
                problems.add(FieldProblem.of("budget_currency", "unknown_currency", "must be an ISO 4217 code such as EUR", d.budgetCurrency()));
            }
        } else if (min != null || max != null) {
            currency = "EUR";
        }
        LocalDate deadline = null;
        String deadlineText = blankToNull(d.replyDeadline());
        if (deadlineText == null) {
            problems.add(FieldProblem.of("reply_deadline", "required", "is required: the last day replies are accepted"));
        } else {
            try {
                deadline = LocalDate.parse(deadlineText);
                if (isNew && deadline.isBefore(today)) {
                    problems.add(FieldProblem.of("reply_deadline", "past", "must be today or later", deadlineText));
                }
            } catch (DateTimeParseException e) {
                problems.add(FieldProblem.of("reply_deadline", "not_a_date", "must be a day such as 2025-01-31", deadlineText));
            }
        }
        String contactName = text(problems, "contact_name", d.contactName(), 200, false);
        String contactEmail = text(problems, "contact_email", d.contactEmail(), 320, false);
        if (contactEmail != null && !EMAIL.matcher(contactEmail).matches()) {
            problems.add(FieldProblem.of("contact_email", "not_an_email", "must be an e-mail address", contactEmail));
        }
        String contactPhone = text(problems, "contact_phone", d.contactPhone(), 60, false);
        if (!problems.isEmpty()) {
            throw new InvalidDraftException(problems);
        }
        return new Checked(language, title, description, themes, countries, kinds, spoken, start == null ? null : start.toEdtf(),
                end == null ? null : end.toEdtf(), min, max, currency, deadline, contactName, contactEmail, contactPhone);
    }

    /** A required or optional text, stripped; checked for its length and for NUL characters. */
    public static String text(List<FieldProblem> problems, String field, String value, int max, boolean required) {
        String v = blankToNull(value);
        if (v == null) {
            if (required) {
                problems.add(FieldProblem.of(field, "required", "is required"));
            }
            return null;
        }
        if (v.length() > max) {
            problems.add(FieldProblem.of(field, "too_long", "must be at most " + max + " characters", v.length()));
        }
        if (v.indexOf('\0') >= 0) {
            problems.add(FieldProblem.of(field, "control_character", "must not hold NUL characters"));
        }
        return v;
    }

    private static List<String> list(List<FieldProblem> problems, String field, List<String> values,
            java.util.function.Function<String, String> problemOf, boolean upperCase) {
        if (values == null) {
            return List.of();
        }
        Set<String> kept = new LinkedHashSet<>();
        for (int i = 0; i < values.size(); i++) {
            String v = blankToNull(values.get(i));
            if (v == null) {
                continue;
            }
            if (upperCase) {
                v = v.toUpperCase(Locale.ROOT);
            }
            String problem = problemOf.apply(v);
            if (problem != null) {
                problems.add(FieldProblem.of(field + "[" + i + "]", "invalid", problem, v));
            }
            kept.add(v);
        }
        if (kept.size() > MAX_LIST) {
            problems.add(FieldProblem.of(field, "too_many", "must have at most " + MAX_LIST + " values", kept.size()));
        }
        return List.copyOf(kept);
    }

    private static PartialDate date(List<FieldProblem> problems, String field, String value) {
        String v = blankToNull(value);
        if (v == null) {
            return null;
        }
        try {
            return PartialDate.fromEdtf(v);
        } catch (RuntimeException notEdtf) {
            try {
                return PartialDates.parse(v);
            } catch (PartialDateParseException | IllegalArgumentException e) {
                problems.add(FieldProblem.of(field, "not_a_date", "must be a date such as 2025-03 or 'kevad 2025'", v));
                return null;
            }
        }
    }

    private static BigDecimal amount(List<FieldProblem> problems, String field, BigDecimal value) {
        if (value == null) {
            return null;
        }
        if (value.signum() < 0 || value.compareTo(new BigDecimal("1000000000000")) >= 0) {
            problems.add(FieldProblem.of(field, "out_of_range", "must be from 0 to 999999999999.99", value));
            return null;
        }
        return value.setScale(2, java.math.RoundingMode.HALF_UP);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
