package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round ev25: a year-less dateline of a report without a publication date takes its year from the
 * latest full date the report tells, when that date is in the latest year it states: the report
 * was written after it ("Portville, Mar 10 (XNA): ... arrested on November 3, 2021" is of 2022).
 * Invented texts; 10 March 2022 was a Thursday.
 */
class StoryDatelineTest {

    @Test
    void aYearlessDatelineAfterTheStorysLatestDayTakesTheNextYear() {
        String text = "Portville, Mar 10 (XNA): Two dockers were hanged on Thursday, the court said.\n\n"
                + "They were arrested on November 3, 2021 during a strike.";
        assertThat(DateTesting.mention(text, null, "Mar 10").value()).isEqualTo("2022-03-10");
        // the dateline is the day of writing, which relative dates count from
        assertThat(DateTesting.mention(text, null, "Mar 10").rule()).endsWith(DateStage.DATELINE);
        assertThat(DateTesting.mention(text, null, "Thursday").value()).isEqualTo("2022-03-10");
    }

    @Test
    void aYearlessDatelineLaterInTheStorysYearKeepsIt() {
        String text = "Portville, Nov 20 (XNA): Two dockers were hanged on Thursday, the court said.\n\n"
                + "They were arrested on November 3, 2021 during a strike.";
        assertThat(DateTesting.mention(text, null, "Nov 20").value()).isEqualTo("2021-11-20");
    }

    @Test
    void lastYearCountsFromTheDatelinesYear() {
        // written in March 2022: "last year" is 2021, not the year before the story's 2021
        String text = "Portville, Mar 10 (XNA): Two dockers convicted over last year's strike were freed, the court said.\n\n"
                + "They were arrested on November 3, 2021 during the strike.";
        assertThat(DateTesting.mention(text, null, "last year").value()).isEqualTo("2021");
    }
}
