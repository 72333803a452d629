package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * "On the night before the vote": the evening before the day of the vote the text named, as "the
 * eve of the vote" is, not the day the report was written nor the date it told last.
 */
class NightBeforeTheVoteTest {
    // 7 March 2027 is a Sunday; Friday's vote was on the 5th
    private static final String TEXT = "Officials said on Sunday that turnout in Friday’s vote was low.\n\n"
            + "On the night before the vote, residents heard chants from rooftops in the old town.";

    @Test
    void theNightBeforeTheVoteIsTheDayBeforeTheVote() {
        assertThat(DateTesting.mention(TEXT, "2027-03-07", "the night before").value()).isEqualTo("2027-03-04");
    }

    @Test
    void withoutAVoteItIsTheNightBeforeTheDayToldLast() {
        String text = "Police raided the camp on 3 May 2027. The night before, guards had locked the gates.";
        assertThat(DateTesting.mention(text, "2027-05-10", "The night before").value()).isEqualTo("2027-05-02");
    }
}
