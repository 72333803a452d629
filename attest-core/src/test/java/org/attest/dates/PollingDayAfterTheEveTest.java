package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round r1a: "polling day" is the day of the vote the text named, not a day counted from it that
 * the text told in between ("on the eve of the vote"). Invented text, published Sunday 12 May 2024.
 */
class PollingDayAfterTheEveTest {

    @Test
    void pollingDayAfterTheEveOfTheVoteIsTheVotesDay() {
        String text = "Counting went on after Thursday's regional election.\n\n"
                + "Two offices were burned on the eve of the vote. Trains were halted for six hours on polling day.";
        assertThat(DateTesting.mention(text, "2024-05-12", "the eve of").value()).isEqualTo("2024-05-08");
        assertThat(DateTesting.mention(text, "2024-05-12", "polling day").value()).isEqualTo("2024-05-09");
    }
}
