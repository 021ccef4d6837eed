package eu.leadercoop.search.bench;

import eu.leadercoop.search.Concept;
import eu.leadercoop.search.ConceptGroup;
import eu.leadercoop.search.Thesaurus;
import eu.leadercoop.registry.model.EventType;
import eu.leadercoop.registry.model.LegalForm;
import eu.leadercoop.registry.model.OrganisationKind;
import eu.leadercoop.registry.model.PartnerRole;
import eu.leadercoop.registry.time.PartialDate;
import eu.leadercoop.registry.time.Season;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Synthetic cooperation projects, the same for the same seed: organisations in Estonia, Poland,
 * Latvia and Finland (with aliases), projects in et/pl/en composed from {@link Vocabulary}, with
 * partners, budgets in EUR or PLN, funding, periods and events of every date precision. Every
 * {@code stride}-th project carries a unique place name with one form of a word; the recall queries
 * ask for that place with another form (or without diacritics), so the relevant project is known.
 * Every {@code crossStride}-th project (offset by half) carries another unique place name followed by a
 * thesaurus term in its own language; the cross-lingual queries ask for that place with a term of the
 * same concept in another language.
 */
public final class ProjectGenerator {

    static final String[] EE_REGIONS = {"EE-37", "EE-39", "EE-44", "EE-49", "EE-51", "EE-57", "EE-59", "EE-65", "EE-67",
            "EE-70", "EE-74", "EE-78", "EE-82", "EE-84", "EE-86"};
    static final String[] PL_REGIONS = {"PL-DS", "PL-KP", "PL-LU", "PL-LB", "PL-LD", "PL-MA", "PL-MZ", "PL-OP", "PL-PK",
            "PL-PD", "PL-PM", "PL-SL", "PL-SK", "PL-WN", "PL-WP", "PL-ZP"};
    static final String[] PROGRAMMES = {"PROW", "KSOW", "MAK", "LEADER", "Interreg Estonia-Latvia", "EAFRD"};
    static final String[] MEASURES = {"19.3", "measure 1.2", "Działanie 4 KSOW", "meede 19.3", "Cel 5 KSOW", "measure 2.1"};
    static final int RECALL_QUERIES = 200;
    static final int CROSSLINGUAL_QUERIES = 300;
    /** The languages every thesaurus concept has a term in: a cross-lingual query asks in one of them. */
    static final List<String> QUERY_LANGUAGES = List.of("et", "pl", "en", "lv", "lt", "fi", "sv", "de");

    record Org(String name, List<String> aliases, OrganisationKind kind, LegalForm legalForm, String country, String region) {
    }

    record GenEvent(EventType type, String title, PartialDate start, PartialDate end, String place, String country, String region) {
    }

    record GenProject(int index, String language, String title, String summary, List<String> targetGroups,
            List<String> goals, List<String> activities, List<GenEvent> events, List<String> media,
            List<Integer> partners, List<PartnerRole> roles, String budgetAmount, String currency,
            String programme, String measure, PartialDate start, PartialDate end, String referenceNumber) {

        /** Every text of the record, as the search index and the PostgreSQL baseline both see it. */
        List<String> texts() {
            List<String> texts = new ArrayList<>();
            texts.add(title);
            texts.add(summary);
            texts.addAll(targetGroups);
            texts.addAll(goals);
            texts.addAll(activities);
            events.forEach(e -> texts.add(e.title()));
            texts.addAll(media);
            texts.add(programme);
            texts.add(measure);
            texts.add(referenceNumber);
            return texts;
        }
    }

    /** A query whose one relevant project is known, and what kind of mismatch it tests. */
    record RecallQuery(String text, String language, int relevantIndex, String kind) {
    }

    private final long seed;
    private final int projects;
    private final int organisationCount;
    private final int stride;
    private final int crossStride;
    /** Concepts of kinds of events, activities and themes, in file order: the cross-lingual targets. */
    private final List<Concept> concepts;

    public ProjectGenerator(long seed, int projects, int organisations) {
        this.seed = seed;
        this.projects = projects;
        this.organisationCount = organisations;
        this.stride = Math.max(1, projects / RECALL_QUERIES);
        this.crossStride = Math.max(1, projects / CROSSLINGUAL_QUERIES);
        this.concepts = Thesaurus.load().concepts().stream()
                .filter(c -> c.group() == ConceptGroup.EVENT || c.group() == ConceptGroup.ACTIVITY || c.group() == ConceptGroup.THEME)
                .toList();
    }

    int projects() {
        return projects;
    }

    List<Org> organisations() {
        Random random = new Random(seed);
        List<Org> orgs = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>();
        for (int i = 0; orgs.size() < organisationCount; i++) {
            int country = random.nextInt(10);
            String suffix = i < 40 ? "" : " " + (i / 40 + 1);
            Org org = switch (country) {
                case 0, 1, 2, 3 -> {
                    String base = pick(random, Vocabulary.ESTONIAN_PLACES) + "-" + pick(random, Vocabulary.ESTONIAN_PLACES)
                            + " " + pick(random, Vocabulary.ESTONIAN_LAG_WORDS) + suffix;
                    yield new Org("MTÜ " + base, List.of(base, base.toUpperCase(Locale.ROOT) + " MTÜ"), OrganisationKind.LAG,
                            LegalForm.NON_PROFIT_ASSOCIATION, "EE", EE_REGIONS[random.nextInt(EE_REGIONS.length)]);
                }
                case 4, 5, 6, 7 -> {
                    String base = pick(random, Vocabulary.POLISH_PLACES) + suffix;
                    yield new Org("Lokalna Grupa Działania " + base, List.of("LGD " + base, "Stowarzyszenie LGD " + base),
                            OrganisationKind.LAG, LegalForm.NON_PROFIT_ASSOCIATION, "PL", PL_REGIONS[random.nextInt(PL_REGIONS.length)]);
                }
                case 8 -> new Org("Biedrība " + pick(random, Vocabulary.ESTONIAN_PLACES) + " partnerība" + suffix, List.of(),
                        OrganisationKind.LAG, LegalForm.NON_PROFIT_ASSOCIATION, "LV", null);
                default -> new Org(pick(random, Vocabulary.ESTONIAN_PLACES) + " Leader ry" + suffix, List.of(),
                        OrganisationKind.LAG, LegalForm.NON_PROFIT_ASSOCIATION, "FI", null);
            };
            if (names.add(org.name())) {
                orgs.add(org);
            }
        }
        return orgs;
    }

    GenProject project(int index) {
        Random r = new Random(seed * 1_000_003L + index);
        int roll = r.nextInt(10);
        String lang = roll < 4 ? "et" : roll < 8 ? "pl" : "en";
        List<Vocabulary.Word> words = words(lang);
        List<String> fillers = fillers(lang);
        String title = capitalise(sentence(r, words, fillers, 3 + r.nextInt(4)));
        String summary = capitalise(sentence(r, words, fillers, 25 + r.nextInt(30))) + ". "
                + capitalise(sentence(r, words, fillers, 15 + r.nextInt(20))) + ".";
        List<String> goals = new ArrayList<>();
        for (int g = 0, n = 1 + r.nextInt(3); g < n; g++) {
            goals.add(capitalise(sentence(r, words, fillers, 8 + r.nextInt(10))) + ".");
        }
        Integer target = targetNumber(index);
        if (target != null) {
            Vocabulary.Word word = targetWord(target, lang);
            goals.add(targetPlace(target, lang) + " " + word.forms().get(indexOfDocumentForm(target, word)) + ".");
        }
        Integer crossTarget = crossTargetNumber(index);
        if (crossTarget != null) {
            goals.add(crossPlace(crossTarget, lang) + " " + crossConcept(crossTarget).terms().get(lang).getFirst() + ".");
        }
        List<String> activities = new ArrayList<>();
        for (int a = 0, n = 1 + r.nextInt(4); a < n; a++) {
            activities.add(capitalise(sentence(r, words, fillers, 6 + r.nextInt(10))) + ".");
        }
        int year = 2014 + r.nextInt(14);
        int month = 1 + r.nextInt(12);
        PartialDate start = r.nextBoolean() ? PartialDate.ofMonth(year, month) : PartialDate.ofDay(year, month, 1 + r.nextInt(28));
        int months = 6 + r.nextInt(30);
        int endYear = year + (month - 1 + months) / 12;
        int endMonth = (month - 1 + months) % 12 + 1;
        PartialDate end = r.nextInt(10) == 0 ? null : PartialDate.ofMonth(endYear, endMonth);
        List<Integer> partners = new ArrayList<>();
        List<PartnerRole> roles = new ArrayList<>();
        for (int p = 0, n = 2 + r.nextInt(5); p < n; p++) {
            int org = r.nextInt(organisationCount);
            if (!partners.contains(org)) {
                partners.add(org);
                roles.add(p == 0 ? (r.nextBoolean() ? PartnerRole.LEAD_PARTNER : PartnerRole.APPLICANT)
                        : lang.equals("pl") && r.nextInt(3) == 0 ? PartnerRole.NETWORK_PARTNER : PartnerRole.PARTNER);
            }
        }
        List<GenEvent> events = new ArrayList<>();
        for (int e = 0, n = r.nextInt(5); e < n; e++) {
            EventType type = EventType.values()[r.nextInt(EventType.values().length)];
            int ey = year + r.nextInt(3);
            PartialDate es = switch (r.nextInt(4)) {
                case 0 -> PartialDate.ofMonth(ey, 1 + r.nextInt(12));
                case 1 -> PartialDate.ofSeason(ey, Season.values()[r.nextInt(4)]);
                default -> PartialDate.ofDay(ey, 1 + r.nextInt(12), 1 + r.nextInt(25));
            };
            PartialDate ee = es.precision() == eu.leadercoop.registry.time.Precision.DAY && r.nextBoolean()
                    ? PartialDate.ofDay(es.year(), es.month(), es.day() + 1 + r.nextInt(3)) : null;
            boolean estonia = r.nextBoolean();
            events.add(new GenEvent(type, capitalise(sentence(r, words, fillers, 3 + r.nextInt(4))), es, ee, null,
                    estonia ? "EE" : "PL", estonia ? EE_REGIONS[r.nextInt(EE_REGIONS.length)] : PL_REGIONS[r.nextInt(PL_REGIONS.length)]));
        }
        List<String> media = new ArrayList<>();
        for (int m = 0, n = r.nextInt(3); m < n; m++) {
            media.add(capitalise(sentence(r, words, fillers, 5 + r.nextInt(6))));
        }
        boolean pln = lang.equals("pl") && r.nextInt(3) > 0;
        String amount = (5_000 + r.nextInt(pln ? 2_000_000 : 600_000)) + "." + (10 + r.nextInt(90));
        return new GenProject(index, lang, title, summary, List.of(capitalise(sentence(r, words, fillers, 6))), goals,
                activities, events, media, partners, roles, amount, pln ? "PLN" : "EUR",
                PROGRAMMES[r.nextInt(PROGRAMMES.length)], MEASURES[r.nextInt(MEASURES.length)], start, end,
                String.valueOf(19_000_000_000L + index));
    }

    /** The recall queries: a third each ask with another Estonian or Polish form, and a third with the same form unaccented. */
    List<RecallQuery> recallQueries() {
        List<RecallQuery> queries = new ArrayList<>();
        for (int t = 0; t < RECALL_QUERIES && (long) t * stride < projects; t++) {
            int index = t * stride;
            String lang = project(index).language();
            Vocabulary.Word word = targetWord(t, lang);
            String place = targetPlace(t, lang);
            String documentForm = word.forms().get(indexOfDocumentForm(t, word));
            String text;
            String kind;
            if (t % 3 == 2 || lang.equals("en")) {
                text = fold(place) + " " + fold(documentForm);
                kind = "unaccented";
            } else {
                int other = (indexOfDocumentForm(t, word) + 1 + t % (word.forms().size() - 1)) % word.forms().size();
                String queryForm = word.forms().get(other);
                text = t % 3 == 1 ? fold(place) + " " + fold(queryForm) : place + " " + queryForm;
                kind = t % 3 == 1 ? "inflected_unaccented" : "inflected";
            }
            queries.add(new RecallQuery(text, lang, index, kind));
        }
        return queries;
    }

    /**
     * The cross-lingual recall queries: each asks for a project's unique place name with a thesaurus
     * term in another language than the project's (one of {@link #QUERY_LANGUAGES}) for the concept
     * whose term in the project's own language follows that place. The reader's language is the
     * query's where the site has it, else English.
     */
    List<RecallQuery> crossLingualQueries() {
        List<RecallQuery> queries = new ArrayList<>();
        for (int t = 0; t < CROSSLINGUAL_QUERIES && crossIndex(t) < projects; t++) {
            int index = crossIndex(t);
            String lang = project(index).language();
            List<String> others = QUERY_LANGUAGES.stream().filter(l -> !l.equals(lang)).toList();
            String queryLanguage = others.get(t % others.size());
            List<String> terms = crossConcept(t).terms().get(queryLanguage);
            String term = terms.get(t % terms.size());
            String reader = List.of("et", "pl", "en").contains(queryLanguage) ? queryLanguage : "en";
            queries.add(new RecallQuery(crossPlace(t, lang) + " " + term, reader, index, lang + "->" + queryLanguage));
        }
        return queries;
    }

    private int crossIndex(int target) {
        return target * crossStride + crossStride / 2;
    }

    Integer crossTargetNumber(int index) {
        int t = (index - crossStride / 2) / crossStride;
        return index >= crossStride / 2 && (index - crossStride / 2) % crossStride == 0 && t < CROSSLINGUAL_QUERIES ? t : null;
    }

    private Concept crossConcept(int target) {
        return concepts.get((target * 7) % concepts.size());
    }

    /** A place name no other project has, and none of the recall targets' either. */
    private static String crossPlace(int target, String lang) {
        return targetPlace(RECALL_QUERIES + 300 + target, lang);
    }

    Integer targetNumber(int index) {
        return index % stride == 0 && index / stride < RECALL_QUERIES ? index / stride : null;
    }

    private static int indexOfDocumentForm(int target, Vocabulary.Word word) {
        return target % word.forms().size();
    }

    private static Vocabulary.Word targetWord(int target, String lang) {
        List<Vocabulary.Word> words = switch (lang) {
            case "et" -> Vocabulary.ESTONIAN_TARGETS;
            case "pl" -> Vocabulary.POLISH_TARGETS;
            default -> Vocabulary.ENGLISH_TARGETS;
        };
        return words.get(target % words.size());
    }

    /** A place name no other project has, with diacritics: Kõrvemõisa-bä, Źródłowice-ką ... */
    static String targetPlace(int target, String lang) {
        String[] first = lang.equals("pl") ? new String[] {"Źró", "Łęż", "Świę", "Gąs", "Żab", "Wól", "Ręb", "Dąb"}
                : new String[] {"Kõr", "Väl", "Lüü", "Jõe", "Mäe", "Püh", "Sõm", "Kää"};
        String[] second = lang.equals("pl") ? new String[] {"dło", "kó", "tło", "sze", "rzą", "nię"}
                : new String[] {"vemõ", "ski", "ndö", "ssä", "llü", "mmõ"};
        String[] third = lang.equals("pl") ? new String[] {"wice", "ów", "no", "sko", "ńsk"} : new String[] {"isa", "küla", "vere", "oja", "järve"};
        return first[target % 8] + second[(target / 8) % 6] + third[(target / 48) % 5] + (target >= 240 ? "ö" + target : "");
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "").replace('ł', 'l').replace('Ł', 'L');
    }

    static List<Vocabulary.Word> words(String lang) {
        return switch (lang) {
            case "et" -> Vocabulary.ESTONIAN;
            case "pl" -> Vocabulary.POLISH;
            default -> Vocabulary.ENGLISH;
        };
    }

    private static List<String> fillers(String lang) {
        return switch (lang) {
            case "et" -> Vocabulary.ESTONIAN_FILLERS;
            case "pl" -> Vocabulary.POLISH_FILLERS;
            default -> Vocabulary.ENGLISH_FILLERS;
        };
    }

    private static String sentence(Random r, List<Vocabulary.Word> words, List<String> fillers, int length) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < length; i++) {
            if (i > 0) {
                s.append(' ');
            }
            s.append(r.nextInt(3) == 0 ? fillers.get(r.nextInt(fillers.size())) : words.get(r.nextInt(words.size())).any(r));
        }
        return s.toString();
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String pick(Random r, List<String> values) {
        return values.get(r.nextInt(values.size()));
    }

}
