package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Events a sentence names but says did not, or not yet, come about (round events60, invented
 * sentences): a noun whose own verb is denied ("has not been announced"), a vote that must be held,
 * and "not carried out" standing four words before the noun.
 */
class UnrealisedEventsTest {
    @Test
    void aProtestThatHasNotBeenAnnouncedIsNone() {
        assertThat(types("A further march through Marevo has not been announced.")).doesNotContain("protest");
        assertThat(types("The planned strike at the Kessel depot did not go ahead.")).doesNotContain("protest");
        assertThat(types("A date for the next strike has yet to be set.")).doesNotContain("protest");
    }

    @Test
    void aProtestWhoseOtherVerbIsDeniedStaysAProtest() {
        // the negation denies what the protest did, not that it was held
        assertThat(types("On Monday a protest in Marevo did not stop the council from voting.")).contains("protest");
    }

    @Test
    void aVoteThatMustBeHeldIsNone() {
        assertThat(types("If the court removes the governor, a new election must be held within 90 days.")).doesNotContain("election");
        assertThat(types("Under the charter, the election should be held by June.")).doesNotContain("election");
    }

    @Test
    void anExecutionNotCarriedOutIsNone() {
        assertThat(types("Kessel has not carried out an execution since 2009.")).doesNotContain("execution");
        assertThat(types("The state carried out an execution on Tuesday.")).contains("execution");
    }
}
