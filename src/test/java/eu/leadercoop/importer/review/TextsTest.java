package eu.leadercoop.importer.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextsTest {

    @Test
    void theSameWordsWrappedOrPunctuatedOtherwiseAreTheSameText() {
        assertThat(Texts.same("Vähemalt ühe füüsilise koostööseminari korraldamine partnerite tegevmeeskonnale ja\n  juhatusele.",
                "Vähemalt ühe füüsilise koostööseminari korraldamine partnerite tegevmeeskonnale ja juhatusele")).isTrue();
        assertThat(Texts.same("Ühisköök igas külas", "Ühisköök igas külas!")).isTrue();
    }

    @Test
    void differentActivitiesStartingAlikeAreNotTheSame() {
        assertThat(Texts.same("Vähemalt ühe välisõppereisi korraldamine liikmetele.",
                "Vähemalt ühe suurürituse korraldamine liikmetele, koostööpartneritele ja huvirühmadele.")).isFalse();
        assertThat(Texts.same("Seminar", null)).isFalse();
        assertThat(Texts.same(null, null)).isTrue();
    }
}
