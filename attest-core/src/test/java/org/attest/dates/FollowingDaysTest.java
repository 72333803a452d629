package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/**
 * "Over the following days" opening a sentence: the days after the day told last, from the next
 * one. In the sentence of that day it only stretches the event told there, and gives no date.
 */
class FollowingDaysTest {

    @Test
    void aSentenceOpenedByTheFollowingDaysStartsTheDayAfterTheDayToldLast() {
        String text = "Dockers struck in Varne on June 3 and police held four of them.\n\nA wider sweep\n\n"
                + "Over the following days, police detained union stewards in three towns.";
        DateMention m = DateTesting.mention(text, "2024-06-20", "the following days");
        assertThat(m.value()).isEqualTo("2024-06-04");
        DateMention n = DateTesting.mention("Miners walked out on March 9. In the days that followed, ten were sacked.",
                "2024-04-01", "the days that followed");
        assertThat(n.value()).isEqualTo("2024-03-10");
    }

    @Test
    void inTheSentenceOfTheToldDayItGivesNoDate() {
        String text = "Strikes broke out on June 3 and spread to the ports in the following days.";
        List<DateMention> dates = DateTesting.dates(text, "2024-06-20");
        assertThat(dates).extracting(DateMention::text).containsExactly("June 3");
    }

    @Test
    void aCountOfDaysLaterStillNamesItsDay() {
        DateMention m = DateTesting.mention("Gholam was held on May 4, and his brother two days later.", "2024-06-20", "two days later");
        assertThat(m.value()).isEqualTo("2024-05-06");
    }
}
