package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/**
 * "The same day" opening a paragraph after one that told a day and then only a year: the day told
 * last, not the report's own day, which a year is too coarse to give.
 */
class SameDayAcrossParagraphTest {
    private static final String TOLD = "Two miners were hanged in Korvel prison on March 4. One had been sentenced in 2017.\n\n";

    @Test
    void theSameDayInTheNextParagraphIsTheDayToldLast() {
        DateMention m = DateTesting.mention(TOLD + "The governor said on the radio the same day that both were smugglers.",
                "2023-04-02", "the same day");
        assertThat(m.value()).isEqualTo("2023-03-04");
    }

    @Test
    void thatNightCountsFromTheSameDay() {
        DateMention m = DateTesting.mention(TOLD + "Relatives gathered outside the prison that night.", "2023-04-02", "that night");
        assertThat(m.value()).isEqualTo("2023-03-04");
    }

    @Test
    void aPhraseCountingDaysAwayIsLeftAsItWas() {
        String text = TOLD + "Two days after the hangings, relatives were detained.";
        DateMention m = DateTesting.mention(text, "2023-04-02", "Two days after");
        assertThat(m.value()).isNotEqualTo("2023-03-02");
    }
}
