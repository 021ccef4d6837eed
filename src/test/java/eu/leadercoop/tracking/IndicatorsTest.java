package eu.leadercoop.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import eu.leadercoop.tracking.internal.IndicatorRules;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Targets, achieved figures and percentages of expected results. */
class IndicatorsTest {

    ProjectBuilder p = new ProjectBuilder("2019-09/2021-12");
    long arendus = p.partner("SA Võrumaa Arenduskeskus", "EE", "EE-86");
    long talgud = p.activity(arendus, 2, List.of("hackathon"), false, false, null);

    @Test
    void participantsAreTheSumOverHeldEventsRecordedAgainstAnActivity() {
        p.result("Projekti käigus osaleb loometalgutel kokku ca 200 inimest", "200", "participants", null);
        long first = p.event("hackathon", "2020-03").delivers(talgud).participants(120).add();
        long second = p.event("hackathon", "2021-03").delivers(talgud).participants(85).add();
        p.event("seminar", "2021-05-10").participants(40).add();          // not recorded against an activity
        p.event("hackathon", "2021-04").delivers(talgud).add();             // no participant count

        IndicatorProgress march2021 = only(LocalDate.of(2021, 3, 31));
        assertThat(march2021.achieved()).isEqualByComparingTo("205");       // 120 + 85
        assertThat(march2021.achievedFrom()).isEqualTo(AchievedFrom.EVENTS);
        assertThat(march2021.percent()).isEqualByComparingTo("103");        // 205 / 200 = 102.5 %, rounded half up
        assertThat(march2021.eventIds()).containsExactly(first, second);

        IndicatorProgress before = only(LocalDate.of(2021, 3, 30));         // the 2021 event is not held yet
        assertThat(before.achieved()).isEqualByComparingTo("120");
        assertThat(before.percent()).isEqualByComparingTo("60");
    }

    @Test
    void anEnteredFigureWinsOverEventsAndOtherUnitsNeedOne() {
        p.result("ca 200 inimest", "200", "participants", "190");
        p.result("toetatud on ca 20 algatuse käivitamist", "20", "initiatives", null);
        p.result("5 tööpäeva mentortuge igale külale", "5", "mentor days per village", "5");
        p.result("no target", null, null, null);
        p.event("hackathon", "2020-03").delivers(talgud).participants(120).add();

        List<IndicatorProgress> all = IndicatorRules.progress(p.build(), LocalDate.of(2022, 1, 1));
        assertThat(all).extracting(IndicatorProgress::position).containsExactly(0, 1, 2);
        assertThat(all).extracting(IndicatorProgress::achievedFrom).containsExactly(AchievedFrom.ENTERED, AchievedFrom.NONE, AchievedFrom.ENTERED);
        assertThat(all).extracting(IndicatorProgress::achieved).containsExactly(new BigDecimal("190"), null, new BigDecimal("5"));
        assertThat(all).extracting(IndicatorProgress::percent).containsExactly(new BigDecimal("95"), null, new BigDecimal("100"));
    }

    @Test
    void participantUnitsAreRecognisedInEstonianAndPolishToo() {
        p.result("ca 200 osalejat", "200", "osalejat", null);
        p.result("około 50 uczestników", "50", "Uczestników ", null);
        p.event("hackathon", "2020-03").delivers(talgud).participants(30).add();
        assertThat(IndicatorRules.progress(p.build(), LocalDate.of(2022, 1, 1)))
                .extracting(IndicatorProgress::percent).containsExactly(new BigDecimal("15"), new BigDecimal("60"));
    }

    private IndicatorProgress only(LocalDate asOf) {
        List<IndicatorProgress> all = IndicatorRules.progress(p.build(), asOf);
        assertThat(all).hasSize(1);
        return all.getFirst();
    }
}
