package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * An event named only to set the time of another ("at the height of the strikes", "a day before
 * the march began") is a time frame, no event of its own (round protest28). All sentences are
 * invented for these tests.
 */
class TimeFrameEventsTest {

    @Test
    void theHeightOfTheProtestsIsATimeFrame() {
        assertThat(TestDocs.types("The station's audience doubled at the height of the protests in Varna."))
                .doesNotContain("protest");
    }

    @Test
    void aDayBeforeTheProtestsIsATimeFrame() {
        assertThat(TestDocs.types("A bomb went off at a bus depot in Lorn on Monday, a day before the protests began."))
                .contains("attack").doesNotContain("protest");
    }

    @Test
    void aProtestThatHappenedBeforeAnotherEventStaysAnEvent() {
        assertThat(TestDocs.types("Hundreds of dockers protested outside the port office in Lorn on Monday before the vote."))
                .contains("protest");
    }
}
