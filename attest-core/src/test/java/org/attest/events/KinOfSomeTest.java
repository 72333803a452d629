package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Kin of a share of the dead, round events87 (6 December 2026, invented sentences): "families of
 * some of those killed" names whom the kin mourn, as "families of those killed" does.
 */
class KinOfSomeTest {

    @Test
    void kinOfAShareOfTheDeadTellNoKilling() {
        assertThat(types("Families of some of those killed said they had been told to bury them at night.")).doesNotContain("killing");
        assertThat(types("Relatives of many of the people arrested gathered outside the court.")).doesNotContain("arrest");
    }

    @Test
    void aShareKilledIsStillAKilling() {
        assertThat(types("Police opened fire on the crowd and some of those present were killed.")).contains("killing");
    }
}
