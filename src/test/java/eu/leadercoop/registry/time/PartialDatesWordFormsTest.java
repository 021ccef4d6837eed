package eu.leadercoop.registry.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Month and season names in the forms Estonian, Polish and English texts use them. */
class PartialDatesWordFormsTest {

    private static final String[][] ESTONIAN_MONTHS = {
            {"jaanuar", "jaanuari", "jaanuaris", "jaanuarist", "jaanuarini", "jaanuariks", "jaan", "jaan."},
            {"veebruar", "veebruaris", "veebruarist", "veebruarini", "veebruariks", "veebr", "veebr."},
            {"märts", "märtsi", "märtsis", "märtsist", "märtsini", "märtsiks", "marts", "martsis"},
            {"aprill", "aprillis", "aprillist", "aprillini", "aprilliks", "apr"},
            {"mai", "mais", "maist", "maini", "maiks"},
            {"juuni", "juunis", "juunist", "juunini", "juuniks"},
            {"juuli", "juulis", "juulist", "juulini", "juuliks"},
            {"august", "augusti", "augustis", "augustist", "augustini", "aug"},
            {"september", "septembri", "septembris", "septembrist", "septembrini", "sept", "sept."},
            {"oktoober", "oktoobris", "oktoobrist", "oktoobrini", "okt"},
            {"november", "novembris", "novembrist", "novembrini", "nov"},
            {"detsember", "detsembris", "detsembrist", "detsembrini", "detsembriks", "dets"},
    };

    private static final String[][] POLISH_MONTHS = {
            {"styczeń", "stycznia", "styczniu", "styczen"},
            {"luty", "lutego", "lutym"},
            {"marzec", "marca", "marcu"},
            {"kwiecień", "kwietnia", "kwietniu", "kwiecien"},
            {"maj", "maja", "maju"},
            {"czerwiec", "czerwca", "czerwcu"},
            {"lipiec", "lipca", "lipcu"},
            {"sierpień", "sierpnia", "sierpniu"},
            {"wrzesień", "września", "wrześniu", "wrzesien", "wrzesnia"},
            {"październik", "października", "październiku", "pazdziernik"},
            {"listopad", "listopada", "listopadzie"},
            {"grudzień", "grudnia", "grudniu", "grudzien"},
    };

    private static final String[][] ENGLISH_MONTHS = {
            {"January", "Jan", "Jan."}, {"February", "Feb"}, {"March", "Mar"}, {"April", "Apr"}, {"May"},
            {"June", "Jun"}, {"July", "Jul"}, {"August", "Aug"}, {"September", "Sep", "Sept"},
            {"October", "Oct"}, {"November", "Nov"}, {"December", "Dec"},
    };

    static Stream<Arguments> monthNames() {
        List<Arguments> arguments = new ArrayList<>();
        for (String[][] language : List.of(ESTONIAN_MONTHS, POLISH_MONTHS, ENGLISH_MONTHS)) {
            for (int month = 1; month <= 12; month++) {
                for (String word : language[month - 1]) {
                    arguments.add(Arguments.of(word, month));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} 2024 is month {1}")
    @MethodSource("monthNames")
    void readsEveryMonthNameForm(String word, int month) {
        assertThat(PartialDates.parseRange(word + " 2024").start()).isEqualTo(PartialDate.ofMonth(2024, month));
        assertThat(PartialDates.parseRange(word.toUpperCase() + " 2024").start()).isEqualTo(PartialDate.ofMonth(2024, month));
    }

    static Stream<Arguments> seasonNames() {
        return Stream.of(
                Arguments.of(Season.SPRING, List.of("kevad", "kevadel", "kevadeks", "kevadest", "kevadeni", "kevade",
                        "wiosna", "wiosną", "wiosny", "wiośnie", "wiosnę", "spring")),
                Arguments.of(Season.SUMMER, List.of("suvi", "suvel", "suveks", "suvest", "suveni",
                        "lato", "latem", "lecie", "summer")),
                Arguments.of(Season.AUTUMN, List.of("sügis", "sügisel", "sügiseks", "sügisest", "sugis", "sugisel",
                        "jesień", "jesienią", "jesieni", "jesien", "autumn", "fall")),
                Arguments.of(Season.WINTER, List.of("talv", "talvel", "talveks", "talvest",
                        "zima", "zimą", "zimy", "zimie", "zimę", "winter")));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("seasonNames")
    void readsEverySeasonNameForm(Season season, List<String> words) {
        for (String word : words) {
            assertThat(PartialDates.parseRange(word + " 2025").start())
                    .as(word).isEqualTo(PartialDate.ofSeason(2025, season));
        }
    }

    @ParameterizedTest(name = "{0} 2024 in the year-first order")
    @MethodSource("monthNames")
    void readsMonthNamesAfterTheYear(String word, int month) {
        assertThat(PartialDates.parseRange("2024. aasta " + word).start()).isEqualTo(PartialDate.ofMonth(2024, month));
    }
}
