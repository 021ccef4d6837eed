package eu.leadercoop.registry.time;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words of dates in Estonian, Polish and English: month, season and quarter names in the forms
 * project pages use, the little words around dates, and the names the formatter writes.
 *
 * <p>Words are looked up {@linkplain #fold folded}: lower case, without diacritics, so that "Märtsis",
 * "martsis", "STYCZEŃ" and "styczen" are all found.
 */
final class DateVocabulary {

    /** The languages dates are written in; anything else is written in English. */
    enum Language {
        ET, PL, EN;

        static Language of(Locale locale) {
            return switch (locale.getLanguage()) {
                case "et" -> ET;
                case "pl" -> PL;
                default -> EN;
            };
        }
    }

    // Estonian inflects month and season names with case endings added to the genitive stem:
    // märtsi -> märtsis (in), märtsist (from), märtsini (until), märtsiks (by), märtsisse (into),
    // märtsil (on, with a day: "15. märtsil 2024"; this makes "mail" May, as in "1. mail").
    private static final List<String> ET_MONTH_ENDINGS = List.of("", "s", "st", "ni", "ks", "sse", "l");
    // Seasons take the adessive for "in": kevadel, suvel, sügisel, talvel.
    private static final List<String> ET_SEASON_ENDINGS = List.of("", "l", "ks", "st", "ni", "s", "le", "sse");

    private static final Map<String, Integer> MONTHS = new HashMap<>();
    private static final Map<String, Season> SEASONS = new HashMap<>();
    private static final Set<String> QUARTER_WORDS = new HashSet<>();

    private static final Map<String, Integer> ROMAN = Map.of("i", 1, "ii", 2, "iii", 3, "iv", 4);
    // kept folded, as they are looked up; duplicates after folding (gada, gadā) are one word
    private static final Set<String> RANGE_WORDS = folded("to", "until", "till", "kuni", "do", "līdz", "iki", "bis", "au",
            "tom");
    private static final Set<String> RANGE_OPENERS = folded("od", "from", "alates", "nuo", "no", "von", "ab", "du", "från");
    private static final Set<String> LIST_WORDS = folded("ja", "ning", "i", "oraz", "and", "un", "ir", "och", "und");
    // "w marcu", "in June", "den 5 maj", "am 12. März", "im Mai", "le 5 mars", "en mars", "v březnu"; not the
    // Swedish "i maj": "I" is also the first quarter ("I kvartal 2024")
    private static final Set<String> PREPOSITIONS = Set.of("w", "we", "in", "on", "den", "am", "im", "le", "en", "v",
            "ve");
    private static final Set<String> YEAR_WORDS = folded("aasta", "aastal", "aastast", "aastani", "aastaks", "rok", "roku",
            "gada", "gadā", "gadam", "metų", "metais", "vuonna", "vuoden", "jahr", "année", "roce");
    private static final Set<String> YEAR_ABBREVIATIONS = Set.of("a", "r", "g", "m");
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");

    private static final String[] ET_MONTH_NAMES = {"jaanuar", "veebruar", "märts", "aprill", "mai", "juuni",
            "juuli", "august", "september", "oktoober", "november", "detsember"};
    private static final String[] PL_MONTH_NAMES = {"styczeń", "luty", "marzec", "kwiecień", "maj", "czerwiec",
            "lipiec", "sierpień", "wrzesień", "październik", "listopad", "grudzień"};
    private static final String[] EN_MONTH_NAMES = {"January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December"};

    static {
        // Estonian: nominative, genitive stem (which takes the endings), usual abbreviation.
        estonianMonth(1, "jaanuar", "jaanuari", "jaan");
        estonianMonth(2, "veebruar", "veebruari", "veebr");
        estonianMonth(3, "märts", "märtsi", "märts");
        estonianMonth(4, "aprill", "aprilli", "apr");
        estonianMonth(5, "mai", "mai", "mai");
        estonianMonth(6, "juuni", "juuni", "juuni");
        estonianMonth(7, "juuli", "juuli", "juuli");
        estonianMonth(8, "august", "augusti", "aug");
        estonianMonth(9, "september", "septembri", "sept");
        estonianMonth(10, "oktoober", "oktoobri", "okt");
        estonianMonth(11, "november", "novembri", "nov");
        estonianMonth(12, "detsember", "detsembri", "dets");
        // Polish: nominative (styczeń 2024), genitive (od stycznia), locative (w styczniu).
        // The common three-letter abbreviations are left out: "sie" would also match "się".
        words(MONTHS, 1, "styczeń", "stycznia", "styczniu");
        words(MONTHS, 2, "luty", "lutego", "lutym");
        words(MONTHS, 3, "marzec", "marca", "marcu");
        words(MONTHS, 4, "kwiecień", "kwietnia", "kwietniu");
        words(MONTHS, 5, "maj", "maja", "maju");
        words(MONTHS, 6, "czerwiec", "czerwca", "czerwcu");
        words(MONTHS, 7, "lipiec", "lipca", "lipcu");
        words(MONTHS, 8, "sierpień", "sierpnia", "sierpniu");
        words(MONTHS, 9, "wrzesień", "września", "wrześniu");
        words(MONTHS, 10, "październik", "października", "październiku");
        words(MONTHS, 11, "listopad", "listopada", "listopadzie");
        words(MONTHS, 12, "grudzień", "grudnia", "grudniu");
        String[] englishShort = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int month = 1; month <= 12; month++) {
            words(MONTHS, month, EN_MONTH_NAMES[month - 1], englishShort[month - 1]);
        }
        words(MONTHS, 9, "sept");
        otherLanguagesMonths();

        estonianSeason(Season.SPRING, "kevad", "kevade");
        estonianSeason(Season.SUMMER, "suvi", "suve");
        estonianSeason(Season.AUTUMN, "sügis", "sügise");
        estonianSeason(Season.WINTER, "talv", "talve");
        // Polish "lata" is left out: it also means "years" ("lata 2021-2027").
        words(SEASONS, Season.SPRING, "wiosna", "wiosną", "wiosny", "wiośnie", "wiosnę");
        words(SEASONS, Season.SUMMER, "lato", "latem", "lecie");
        words(SEASONS, Season.AUTUMN, "jesień", "jesienią", "jesieni");
        words(SEASONS, Season.WINTER, "zima", "zimą", "zimy", "zimie", "zimę");
        words(SEASONS, Season.SPRING, "spring");
        words(SEASONS, Season.SUMMER, "summer");
        words(SEASONS, Season.AUTUMN, "autumn", "fall");
        words(SEASONS, Season.WINTER, "winter");
        otherLanguagesSeasons();

        for (String ending : List.of("", "s", "st", "ni", "ks")) {
            QUARTER_WORDS.add("kvartali" + ending);
        }
        QUARTER_WORDS.addAll(List.of("kvartal", "kwartal", "kwartalu", "kwartale", "kwartalem", "quarter"));
        // the abbreviations, usually with a dot: "IV kw. 2023", "I kv. 2024", "Q1" is read apart
        QUARTER_WORDS.addAll(List.of("kw", "kv"));
    }

    private DateVocabulary() {
    }

    /**
     * Month names of the other languages project pages come in (read, never written): Latvian, Lithuanian, Finnish,
     * Swedish, German, French and Czech, with the case forms dates take there ("2019. gada martā", "2020 m. kovo",
     * "maaliskuussa 2021", "im März 2022", "v březnu 2023").
     */
    private static void otherLanguagesMonths() {
        // Latvian: nominative, locative (in), genitive, dative ("līdz 15. septembrim", until)
        String[][] latvian = {{"janvāris", "janvārī", "janvāra", "janvārim"}, {"februāris", "februārī", "februāra",
                "februārim"}, {"marts", "martā", "marta", "martam"}, {"aprīlis", "aprīlī", "aprīļa", "aprīlim"},
                {"maijs", "maijā", "maija", "maijam"}, {"jūnijs", "jūnijā", "jūnija", "jūnijam"},
                {"jūlijs", "jūlijā", "jūlija", "jūlijam"}, {"augusts", "augustā", "augusta", "augustam"},
                {"septembris", "septembrī", "septembra", "septembrim"}, {"oktobris", "oktobrī", "oktobra", "oktobrim"},
                {"novembris", "novembrī", "novembra", "novembrim"}, {"decembris", "decembrī", "decembra", "decembrim"}};
        String[][] lithuanian = {{"sausis", "sausio"}, {"vasaris", "vasario"}, {"kovas", "kovo"},
                {"balandis", "balandžio"}, {"gegužė", "gegužės"}, {"birželis", "birželio"}, {"liepa", "liepos"},
                {"rugpjūtis", "rugpjūčio"}, {"rugsėjis", "rugsėjo"}, {"spalis", "spalio"}, {"lapkritis", "lapkričio"},
                {"gruodis", "gruodžio"}};
        String[] finnish = {"tammikuu", "helmikuu", "maaliskuu", "huhtikuu", "toukokuu", "kesäkuu", "heinäkuu", "elokuu",
                "syyskuu", "lokakuu", "marraskuu", "joulukuu"};
        String[] swedish = {"januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                "oktober", "november", "december"};
        String[][] german = {{"januar", "jänner"}, {"februar", "feber"}, {"märz"}, {"april"}, {"mai"}, {"juni"},
                {"juli"}, {"august"}, {"september"}, {"oktober"}, {"november"}, {"dezember"}};
        String[] french = {"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                "octobre", "novembre", "décembre"};
        String[][] czech = {{"leden", "ledna", "lednu"}, {"únor", "února", "únoru"}, {"březen", "března", "březnu"},
                {"duben", "dubna", "dubnu"}, {"květen", "května", "květnu"}, {"červen", "června", "červnu"},
                {"červenec", "července", "červenci"}, {"srpen", "srpna", "srpnu"}, {"září"},
                {"říjen", "října", "říjnu"}, {"listopad", "listopadu"}, {"prosinec", "prosince", "prosinci"}};
        for (int month = 1; month <= 12; month++) {
            words(MONTHS, month, latvian[month - 1]);
            words(MONTHS, month, lithuanian[month - 1]);
            String fi = finnish[month - 1];
            // tammikuu, tammikuuta (partitive), tammikuussa (in), tammikuun (of), tammikuusta (from), tammikuuhun (until)
            words(MONTHS, month, fi, fi + "ta", fi + "ssa", fi + "n", fi + "sta", fi + "hun");
            words(MONTHS, month, swedish[month - 1]);
            words(MONTHS, month, german[month - 1]);
            words(MONTHS, month, french[month - 1]);
            words(MONTHS, month, czech[month - 1]);
        }
    }

    /**
     * Season names of the other languages, in the forms used before a year ("Frühjahr 2026", "keväällä 2020",
     * "våren 2019", "pavasarī 2021"). Swedish "vår" and "höst" are left out in their bare forms: folded, they are
     * "var" (was) and "host".
     */
    private static void otherLanguagesSeasons() {
        words(SEASONS, Season.SPRING, "pavasaris", "pavasarī", "pavasarį", "kevät", "keväällä", "kevään", "våren",
                "frühjahr", "frühling", "printemps", "jaro", "jaře");
        words(SEASONS, Season.SUMMER, "vasara", "vasarā", "vasarą", "kesä", "kesällä", "kesän", "sommar", "sommaren",
                "sommer", "été", "léto", "létě");
        words(SEASONS, Season.AUTUMN, "rudens", "rudenī", "ruduo", "rudenį", "syksy", "syksyllä", "syksyn", "hösten",
                "herbst", "automne", "podzim");
        words(SEASONS, Season.WINTER, "ziema", "ziemā", "žiemą", "talvi", "talvella", "talven", "vintern", "hiver",
                "zimě");
    }

    private static void estonianMonth(int month, String nominative, String genitive, String abbreviation) {
        words(MONTHS, month, nominative, abbreviation);
        ET_MONTH_ENDINGS.forEach(ending -> words(MONTHS, month, genitive + ending));
    }

    private static void estonianSeason(Season season, String nominative, String genitive) {
        words(SEASONS, season, nominative);
        ET_SEASON_ENDINGS.forEach(ending -> words(SEASONS, season, genitive + ending));
    }

    private static <T> void words(Map<String, T> map, T meaning, String... words) {
        for (String word : words) {
            T previous = map.put(fold(word), meaning);
            if (previous != null && !previous.equals(meaning)) {
                throw new IllegalStateException("'" + word + "' would mean both " + previous + " and " + meaning);
            }
        }
    }

    private static Set<String> folded(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            set.add(fold(w));
        }
        return Set.copyOf(set);
    }

    /** Lower case without diacritics: "Märtsis" -> "martsis", "Październik" -> "pazdziernik". */
    static String fold(String word) {
        if (isPlainAscii(word)) {
            return word.toLowerCase(Locale.ROOT); // most words: no diacritics to take off, no need to decompose
        }
        String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
        StringBuilder folded = new StringBuilder(decomposed.length());
        for (int i = 0; i < decomposed.length(); i++) {
            char c = decomposed.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) {
                folded.append(c == 'ł' ? 'l' : c); // ł has no decomposition
            }
        }
        return folded.toString();
    }

    private static boolean isPlainAscii(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (word.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** The month 1–12 a folded word names, or 0. */
    static int month(String folded) {
        return MONTHS.getOrDefault(folded, 0);
    }

    /** The season a folded word names, or {@code null}. */
    static Season season(String folded) {
        return SEASONS.get(folded);
    }

    static boolean isQuarterWord(String folded) {
        return QUARTER_WORDS.contains(folded);
    }

    /** The value of a Roman numeral I–IV, or 0. */
    static int roman(String folded) {
        return ROMAN.getOrDefault(folded, 0);
    }

    /** Words between the two ends of a range: "to", "kuni", "do". */
    static boolean isRangeWord(String folded) {
        return RANGE_WORDS.contains(folded);
    }

    /** Words before the start of a range: "od", "from", "alates". */
    static boolean isRangeOpener(String folded) {
        return RANGE_OPENERS.contains(folded);
    }

    /** Words joining dates in a list: "ja", "i", "oraz", "and". */
    static boolean isListWord(String folded) {
        return LIST_WORDS.contains(folded);
    }

    /** Words that may precede a whole date: "w marcu 2024", "in June 2024". */
    static boolean isPreposition(String folded) {
        return PREPOSITIONS.contains(folded);
    }

    /** Words for "year" after a year: "2021. aasta", "2024 roku". */
    static boolean isYearWord(String folded) {
        return YEAR_WORDS.contains(folded);
    }

    /** Abbreviations for "year" that need a dot next to them: "2024. a", "2024 a.", "2024 r.". */
    static boolean isYearAbbreviation(String folded) {
        return YEAR_ABBREVIATIONS.contains(folded);
    }

    /** English ordinal endings glued to a day: "4th". */
    static boolean isOrdinalSuffix(String folded) {
        return ORDINAL_SUFFIXES.contains(folded);
    }

    /** The month's name as written on its own: "jaanuar", "styczeń", "January". */
    static String monthName(Language language, int month) {
        return switch (language) {
            case ET -> ET_MONTH_NAMES[month - 1];
            case PL -> PL_MONTH_NAMES[month - 1];
            case EN -> EN_MONTH_NAMES[month - 1];
        };
    }

    /** The season's name: "kevad", "wiosna", "spring". */
    static String seasonName(Language language, Season season) {
        int index = season.ordinal();
        return switch (language) {
            case ET -> List.of("kevad", "suvi", "sügis", "talv").get(index);
            case PL -> List.of("wiosna", "lato", "jesień", "zima").get(index);
            case EN -> List.of("spring", "summer", "autumn", "winter").get(index);
        };
    }

    /** The word for "quarter" after a Roman numeral: "kvartal", "kwartał". */
    static String quarterWord(Language language) {
        return language == Language.PL ? "kwartał" : "kvartal";
    }
}
