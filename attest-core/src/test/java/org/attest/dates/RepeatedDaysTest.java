package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/** Branch dates41 (invented sentences): on an undated page a day told again without its year keeps the year it was told with. */
class RepeatedDaysTest {

    private static final String TEXT = "The vigils started after the dam collapse of 14 March 2021 in the valley. "
            + "Families who gathered at the river on 14 March were dispersed by police. "
            + "Since early 2024, relatives have met at the court every month.";

    @Test
    void repeatedDayTakesTheYearItWasToldWith() {
        DateMention again = DateTesting.dates(TEXT, null).stream()
                .filter(m -> m.text().equals("14 March")).findFirst().orElseThrow();
        assertThat(again.value()).isEqualTo("2021-03-14");
    }

    @Test
    void anotherDayIsLeftAlone() {
        String text = TEXT.replace("on 14 March were", "on 20 March were");
        DateMention other = DateTesting.mention(text, null, "20 March");
        assertThat(other.rule()).doesNotContain(RepeatedDays.RULE);
    }
}
