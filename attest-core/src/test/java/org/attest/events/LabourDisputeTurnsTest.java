package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * other50 (invented sentences): the turns of a labour dispute are {@code other}: a deal reached,
 * talks resumed, held or offered, a delegation received or met, a strike ballot or a vote to strike,
 * and a strike that ends or is called off (no new protest: the strike is the one told before).
 */
class LabourDisputeTurnsTest {

    @Test
    void aDealThatEndsAStrikeIsOtherAndNoProtest() {
        assertThat(types("The dockers' union and the port authority reached an agreement on Tuesday night, ending the strike after five days."))
                .containsExactly("other");
        assertThat(types("The strike ended on Friday when the ministry restored the night bonus.")).containsExactly("other");
        assertThat(types("The bakers' federation called off its walkout on Monday.")).containsExactly("other");
        // a deal sought or missed is none; a hunger strike ended is the hunger strike's line (`other`, other81)
        assertThat(types("The two sides failed to reach a deal on Sunday.")).doesNotContain("other");
        assertThat(types("Mediators are trying to reach an agreement before the holiday.")).doesNotContain("other");
        assertThat(types("The poet ended his hunger strike on Tuesday.")).containsExactly("other");
    }

    @Test
    void talksAndDelegationsAreOther() {
        assertThat(types("Negotiations resumed on Monday at the labour ministry.")).containsExactly("other");
        assertThat(types("The ministry has invited the three unions to talks next week.")).contains("other");
        assertThat(types("A delegation of nurses was received by the governor on Wednesday.")).containsExactly("other");
        assertThat(types("The prefect met a delegation of farmers on Thursday.")).containsExactly("other");
        assertThat(types("The governor refused to meet a delegation of the strikers.")).doesNotContain("other");
    }

    @Test
    void aStrikeBallotOrAVoteToStrikeIsOtherAndNoProtest() {
        assertThat(types("About 90 percent of the porters voted to strike in a ballot last week.")).containsExactly("other");
        assertThat(types("The executive committee resolved to hold a strike ballot in every region.")).containsExactly("other");
    }
}
