package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Events awaited as a condition, round events87 (6 December 2026, invented sentences): "until a new
 * election is held" names an election that has not happened; an election already held, told
 * before "until", stays one.
 */
class AwaitedConditionsTest {

    @Test
    void anEventAwaitedAsAConditionIsNoEvent() {
        assertThat(types("The governor said she would stay in office until a new regional election was held.")).doesNotContain("election");
        assertThat(types("Opposition deputies vowed to sit in the chamber until new elections are called.")).doesNotContain("election");
    }

    @Test
    void anEventToldBeforeUntilStaysOne() {
        assertThat(types("Voters went to the polls in a regional election on Sunday, and counting went on until late at night."))
                .contains("election");
    }
}
