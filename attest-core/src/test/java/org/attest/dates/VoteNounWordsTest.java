package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch events62 (invented report): a vote named with a word before its noun ("Thursday's
 * presidential election") is the day "the eve of the vote" counts from, as "Thursday's election"
 * was; before, only a noun right after the date was seen, and the eve counted from the day told
 * last. 2026-01-20 is a Tuesday.
 */
class VoteNounWordsTest {
    private static final String TEXT = "Supporters of the challenger protested on Sunday against the results of Thursday's "
            + "presidential election, witnesses said.\n\n"
            + "The police chief said on Monday that 80 people had been detained.\n\n"
            + "Authorities cut mobile data across the country on the eve of the vote.";

    @Test
    void theEveCountsFromTheVoteNamedWithAnAdjective() {
        assertThat(DateTesting.mention(TEXT, "2026-01-20", "the eve of").value()).isEqualTo("2026-01-14");
    }

    @Test
    void theDayBeforeAVoteNamedWithTwoWordsCountsFromIt() {
        String text = "Voters queued for Sunday's regional parliamentary election across the province.\n\n"
                + "Observers said on Tuesday that ballots had gone missing the day before the vote.";
        assertThat(DateTesting.mention(text, "2026-01-20", "the day before").value()).isEqualTo("2026-01-17");
    }
}
