package eu.leadercoop.importer.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Lists written inside a sentence. */
class InlineEnumerationTest {

    @Test
    void readsRomanMarkersWithoutTheJoiningAnd() {
        assertThat(InlineEnumeration.items("The main activities were: i) building a network at a range of events; "
                + "ii) getting in touch with professionals; and iii) exploring cooperation options by e-mail."))
                .containsExactly("building a network at a range of events", "getting in touch with professionals",
                        "exploring cooperation options by e-mail");
    }

    @Test
    void takesTheTextBeforeTheSecondMarkerAsTheFirstItemWhenItsMarkerWasTakenOff() {
        assertThat(InlineEnumeration.items("building a network; ii) getting in touch; oraz iii) exploring options"))
                .containsExactly("building a network", "getting in touch", "exploring options");
    }

    @Test
    void numbersOutOfOrderOrAloneAreNoList() {
        assertThat(InlineEnumeration.items("Cele: 1) wymiana doświadczeń.")).isEmpty();
        assertThat(InlineEnumeration.items("w latach 2) i 5) projektu")).isEmpty();
        assertThat(InlineEnumeration.items("a function f(x) and g(y) of i)")).isEmpty();
    }
}
