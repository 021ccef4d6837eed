package eu.leadercoop.registry.time;

import eu.leadercoop.Properties;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Random partial dates, ranges and texts for the property tests, and {@link #forAll}, which checks a
 * property on many of them.
 *
 * <p>The generator is seeded: a failure names its sample and repeats on the next run. Pass
 * {@code -Dleadercoop.seed=<n>} to explore other samples.
 */
final class RandomDates {

    static final int TRIES = 2_000;
    private static final int FIRST_YEAR = 1990;
    private static final int LAST_YEAR = 2100;

    /** Every date form the seeds, DESIGN.md and the import issue name; the starting points for mutation. */
    static final List<String> SEED_FORMS = List.of("jaanuar 2024", "veebruar 2024 – juuni 2025",
            "jaanuar 2024 – juuni 2025", "01.01.2021", "01.01.2021 – 31.12.2022", "01.07.2022–31.10.2023",
            "kevad 2025", "11/2024", "08.11 2024", "23.-24.08 2024", "4.-7.06 2024", "15.03 2024", "01.03.2024",
            "september 2019 – detsember 2021", "2020. ja 2021. aasta märtsis", "2022 kevadeks", "I kvartal 2024",
            "IV kwartał 2023", "Q3 2024", "2023/2024", "lipiec 2022", "od 01.07.2022 do 31.10.2023", "2024-06-04",
            "June 2024", "4 June 2024", "June 4, 2024", "30.06.-02.07.2024", "maj–czerwiec 2024", "märts–mai 2025",
            "2024. a", "2024 r.", "2024-01/2025-06", "2025-21", "June 4–7, 2024",
            "4.-7.06 2024 Osalemine rahvusvahelisel LEADER konverentsil");

    // Characters that change how dates read, plus a few that only make trouble: NBSP, a combining
    // diaeresis, a zero-width space and a lone surrogate.
    private static final String TROUBLE = "0123456789 .-–—/,;:()aAjJkKqQIVvärsłń\u00A0\u0308\u200B\uD83D";

    private RandomDates() {
    }

    /** Checks {@code property} on {@link #TRIES} samples; see {@link Properties#forAll}. */
    static <T> void forAll(Function<Random, T> generator, Consumer<T> property) {
        Properties.forAll(TRIES, generator, property);
    }

    static PartialDate date(Random random) {
        return date(random, FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1));
    }

    static PartialDate date(Random random, int year) {
        return switch (random.nextInt(5)) {
            case 0 -> PartialDate.ofYear(year);
            case 1 -> PartialDate.ofSeason(year, Season.values()[random.nextInt(4)]);
            case 2 -> PartialDate.ofQuarter(year, 1 + random.nextInt(4));
            case 3 -> PartialDate.ofMonth(year, 1 + random.nextInt(12));
            default -> PartialDate.of(LocalDate.of(year, 1, 1).plusDays(random.nextInt(Year.of(year).length())));
        };
    }

    /** Single dates, any two dates in order, and the shapes formats shorten: one year, one month. */
    static PartialDateRange range(Random random) {
        return switch (random.nextInt(5)) {
            case 0 -> PartialDateRange.of(date(random));
            case 1 -> ordered(date(random), date(random));
            case 2 -> {
                int year = date(random).year();
                yield ordered(date(random, year), date(random, year));
            }
            case 3 -> {
                int year = date(random).year();
                yield ordered(PartialDate.ofMonth(year, 1 + random.nextInt(12)), PartialDate.ofMonth(year, 1 + random.nextInt(12)));
            }
            default -> {
                LocalDate first = LocalDate.of(date(random).year(), 1 + random.nextInt(12), 1);
                int length = first.lengthOfMonth();
                yield ordered(PartialDate.of(first.plusDays(random.nextInt(length))),
                        PartialDate.of(first.plusDays(random.nextInt(length))));
            }
        };
    }

    private static PartialDateRange ordered(PartialDate a, PartialDate b) {
        return a.compareTo(b) <= 0 ? new PartialDateRange(a, b) : new PartialDateRange(b, a);
    }

    /** A seed form with one to four edits: insertions, deletions, swaps, replacements, repeats. */
    static String mutatedSeedForm(Random random) {
        StringBuilder text = new StringBuilder(SEED_FORMS.get(random.nextInt(SEED_FORMS.size())));
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits; e++) {
            int at = text.isEmpty() ? 0 : random.nextInt(text.length());
            switch (random.nextInt(5)) {
                case 0 -> text.insert(random.nextInt(text.length() + 1), trouble(random));
                case 1 -> {
                    if (!text.isEmpty()) {
                        text.deleteCharAt(at);
                    }
                }
                case 2 -> {
                    if (at + 1 < text.length()) {
                        char c = text.charAt(at);
                        text.setCharAt(at, text.charAt(at + 1));
                        text.setCharAt(at + 1, c);
                    }
                }
                case 3 -> {
                    if (!text.isEmpty()) {
                        text.setCharAt(at, trouble(random));
                    }
                }
                default -> text.insert(at, text.substring(at, Math.min(text.length(), at + 1 + random.nextInt(6))));
            }
        }
        return text.toString();
    }

    /** Any text: mostly short, half the characters troublesome for dates, half anything in the BMP. */
    static String anyString(Random random) {
        int length = random.nextInt(10) == 0 ? random.nextInt(3_000) : random.nextInt(60);
        StringBuilder text = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            text.append(random.nextBoolean() ? trouble(random) : (char) random.nextInt(0x10000));
        }
        return text.toString();
    }

    private static char trouble(Random random) {
        return TROUBLE.charAt(random.nextInt(TROUBLE.length()));
    }
}
