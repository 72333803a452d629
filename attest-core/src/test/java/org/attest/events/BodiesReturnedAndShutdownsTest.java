package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r3b (invented sentences): a body handed over or returned to a family and a centre that
 * authorities shut down are {@code other}; one refused, demanded or called for is none.
 */
class BodiesReturnedAndShutdownsTest {

    @Test
    void aBodyHandedOverIsAnAct() {
        assertThat(types("The body was handed to his parents in Velm two days later.")).containsExactly("other");
        assertThat(types("The bodies were returned to the families on Tuesday evening.")).containsExactly("other");
    }

    @Test
    void aBodyRefusedOrDemandedIsNone() {
        assertThat(types("Relatives demanded that the body was handed over without conditions.")).isEmpty();
        assertThat(types("Officials said the body would not be returned.")).isEmpty();
    }

    @Test
    void authoritiesShuttingACentreDownIsAnAct() {
        assertThat(types("Local authorities shut the cultural centre down in March.")).containsExactly("other");
    }

    @Test
    void aShutdownCalledForIsNone() {
        assertThat(types("Residents asked the authorities to shut the cultural centre down.")).isEmpty();
        assertThat(types("The shop owners shut their stalls down early for the holiday.")).isEmpty();
    }
}
