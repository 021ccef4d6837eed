package eu.leadercoop.search.bench;

import java.util.List;
import java.util.Random;

/**
 * Words of cooperation-project pages in Estonian, Polish and English, each noun with the inflected
 * forms people write, so that generated texts use many forms of a word and queries can ask with
 * another one.
 */
final class Vocabulary {

    /** A word in its forms: the first is the dictionary form. */
    record Word(List<String> forms) {
        String any(Random random) {
            return forms.get(random.nextInt(forms.size()));
        }
    }

    static final List<Word> ESTONIAN = List.of(
            w("õppereis", "õppereisi", "õppereisid", "õppereisil", "õppereisile", "õppereisidel", "õppereiside"),
            w("seminar", "seminari", "seminarid", "seminaril", "seminarile", "seminaride"),
            w("koostööseminar", "koostööseminari", "koostööseminaril", "koostööseminarid"),
            w("koosolek", "koosoleku", "koosolekud", "koosolekul", "koosolekute"),
            w("tegevusrühm", "tegevusrühma", "tegevusrühmad", "tegevusrühmade", "tegevusrühmadele"),
            w("küla", "külad", "külade", "külas", "külasse"),
            w("ettevõtja", "ettevõtjad", "ettevõtjate", "ettevõtjatele"),
            w("koolitus", "koolituse", "koolitused", "koolitusel", "koolituste"),
            w("häkaton", "häkatoni", "häkatonid", "häkatonil"),
            w("kogukond", "kogukonna", "kogukonnad", "kogukondade"),
            w("turism", "turismi", "turismiga"),
            w("noor", "noored", "noorte", "noortele"),
            w("projekt", "projekti", "projektid", "projektis", "projektide"),
            w("partner", "partneri", "partnerid", "partnerite"),
            w("mentorlus", "mentorluse", "mentorlusega"),
            w("kogemusvahetus", "kogemusvahetuse", "kogemusvahetusel"),
            w("maapiirkond", "maapiirkonna", "maapiirkondade"),
            w("arendus", "arenduse", "arendamine", "arendamise"));
    static final List<String> ESTONIAN_FILLERS = List.of("ja", "ning", "koos", "jaoks", "kus", "mis", "uute", "kohalike",
            "aktiivsete", "Eestis", "välisriiki", "piirkonnas", "liikmetele", "tegevmeeskonnale", "juhatusele");

    static final List<Word> POLISH = List.of(
            w("wyjazd studyjny", "wyjazdu studyjnego", "wyjazdy studyjne", "wyjazdów studyjnych", "wyjazdom studyjnym",
                    "wyjazdach studyjnych"),
            w("szkolenie", "szkolenia", "szkoleń", "szkoleniach", "szkoleniom"),
            w("spotkanie", "spotkania", "spotkań", "spotkaniu"),
            w("współpraca", "współpracy", "współpracę", "współpracą"),
            w("mieszkaniec", "mieszkańcy", "mieszkańców", "mieszkańcom"),
            w("obszar wiejski", "obszary wiejskie", "obszarów wiejskich", "obszarach wiejskich"),
            w("działanie", "działania", "działań", "działaniach"),
            w("turystyka", "turystyki", "turystyce"),
            w("dziedzictwo", "dziedzictwa", "dziedzictwie"),
            w("młodzież", "młodzieży"),
            w("lokalna grupa działania", "lokalnej grupy działania", "lokalnych grup działania"),
            w("seminarium", "seminaria", "seminariów"),
            w("przedsiębiorca", "przedsiębiorcy", "przedsiębiorców"),
            w("rozwój", "rozwoju", "rozwojem"),
            w("doświadczenie", "doświadczenia", "doświadczeń"));
    static final List<String> POLISH_FILLERS = List.of("i", "oraz", "dla", "w", "na", "z", "partnerskich", "lokalnych",
            "regionu", "województwa", "projektu", "uczestników", "nowych");

    static final List<Word> ENGLISH = List.of(
            w("study trip", "study trips"), w("seminar", "seminars"), w("meeting", "meetings"),
            w("cooperation", "cooperating", "cooperate"), w("village", "villages"), w("young people", "youth"),
            w("heritage"), w("tourism", "tourist"), w("training", "trainings", "trained"),
            w("local action group", "local action groups"), w("entrepreneur", "entrepreneurs"),
            w("rural area", "rural areas"), w("hackathon", "hackathons"), w("mentoring", "mentors"));
    static final List<String> ENGLISH_FILLERS = List.of("and", "for", "with", "the", "new", "local", "partner", "members",
            "region", "abroad", "community");

    /**
     * Words only the recall targets use (never in the general texts), so that a recall query's
     * other form cannot be found elsewhere in the relevant project by chance.
     */
    static final List<Word> ESTONIAN_TARGETS = List.of(
            w("rahvamaja", "rahvamajad", "rahvamajas", "rahvamajade", "rahvamajale"),
            w("laululava", "laululavad", "laululaval", "laululavade"),
            w("noortekeskus", "noortekeskuse", "noortekeskused", "noortekeskusele"),
            w("külaselts", "külaseltsi", "külaseltsid", "külaseltsidele"),
            w("matkarada", "matkaraja", "matkarajad", "matkaradade"),
            w("kohvik", "kohviku", "kohvikud", "kohvikutes"));
    static final List<Word> POLISH_TARGETS = List.of(
            w("świetlica", "świetlicy", "świetlice", "świetlic", "świetlicach"),
            w("remiza", "remizy", "remiz", "remizach"),
            w("dożynki", "dożynek", "dożynkach"),
            w("ścieżka rowerowa", "ścieżki rowerowej", "ścieżek rowerowych", "ścieżkach rowerowych"),
            w("koło gospodyń", "koła gospodyń", "kół gospodyń"),
            w("skansen", "skansenu", "skanseny", "skansenach"));
    static final List<Word> ENGLISH_TARGETS = List.of(
            w("village hall", "village halls"), w("bike path", "bike paths"), w("harvest festival", "harvest festivals"),
            w("youth centre", "youth centres"), w("café", "cafés"), w("open-air museum", "open-air museums"));

    static final List<String> ESTONIAN_PLACES = List.of("Kõrve", "Lääne", "Põhja", "Võru", "Järva", "Saare", "Hiiu",
            "Valga", "Põlva", "Rapla", "Tartu", "Viru", "Pärnu", "Jõgeva", "Harju", "Ida");
    static final List<String> ESTONIAN_LAG_WORDS = List.of("Koostöökogu", "Partnerluskogu", "Koostöökoda", "Arendusselts",
            "Kogu", "Partnerid");
    static final List<String> POLISH_PLACES = List.of("Ziemi Kraśnickiej", "Puszcza Kozienicka", "Kraina Lasów",
            "Dolina Bugu", "Zielone Sąsiedztwo", "Ziemia Łódzka", "Mazurskie Morze", "Świętokrzyska", "Żuławy",
            "Kaszuby", "Podhale", "Roztocze", "Warmia", "Kurpie");

    private static Word w(String... forms) {
        return new Word(List.of(forms));
    }

    private Vocabulary() {
    }
}
