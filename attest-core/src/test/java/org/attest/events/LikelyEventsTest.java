package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2b (invented sentences): an event noun that "likely" or "unlikely" follows is a forecast,
 * as one a modal follows ("a new uprising could erupt"); the same noun told as held is an event.
 */
class LikelyEventsTest {
    @Test
    void eventsForecastAsLikelyAreNone() {
        assertThat(types("The dockworkers' union warned that new walkouts were likely at the ports of Varna and Dell."))
                .doesNotContain("protest");
        assertThat(types("Analysts said fresh protests are unlikely before the budget vote.")).doesNotContain("protest");
    }

    @Test
    void eventsHeldStay() {
        assertThat(types("New walkouts were staged at the ports of Varna and Dell on Monday.")).contains("other");
    }
}
