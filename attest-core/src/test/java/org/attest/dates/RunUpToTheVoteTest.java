package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "In the days before the vote", "in the final hours before polling": the run-up to the vote the text
 * named, told by the month of its eve, not the day the report was written; before anything but a
 * vote the phrase names no day.
 */
class RunUpToTheVoteTest {
    // 2 April 2029 is a Monday; Sunday's vote was on 1 April, its eve in March
    private static final String TEXT = "Officials said on Monday that turnout in Sunday’s vote was low.\n\n"
            + "Dozens of students were detained in the days before the vote, a monitor said.\n\n"
            + "A hashtag was shared 30,000 times in the final hours before polling.";

    @Test
    void theDaysBeforeTheVoteAreTheMonthOfItsEve() {
        assertThat(DateTesting.mention(TEXT, "2029-04-02", "the days before").value()).isEqualTo("2029-03");
    }

    @Test
    void hoursBeforeABareVoteNounAlsoCount() {
        assertThat(DateTesting.mention(TEXT, "2029-04-02", "the final hours before").value()).isEqualTo("2029-03");
    }

    @Test
    void withNoDayOfTheVoteNamedItIsTheMonthOfTheEveOfTheDayToldLast() {
        // the vote's noun stands too far from its day to name it; the last day told, in another paragraph, is the vote's
        String text = "Officials said on Monday that 40 percent took part in Sunday’s municipal and regional council elections.\n\n"
                + "Late April brought more rallies.\n\nCounting went on through Sunday night.\n\n"
                + "Dozens were detained in the days before the vote.";
        assertThat(DateTesting.mention(text, "2029-04-02", "the days before").value()).isEqualTo("2029-03");
    }

    @Test
    void beforeAnythingButAVoteThePhraseIsNoDate() {
        String text = "Police raided the camp on 3 May 2029. In the days before the march, leaflets were handed out.";
        assertThat(DateTesting.dates(text, "2029-05-10"))
                .noneMatch(d -> d.text().toLowerCase().contains("days before"));
    }
}
