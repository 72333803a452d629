package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A crowd converging on the capital protests; pilgrims converging on a shrine do not. All sentences are invented. */
class CrowdsConvergingTest {

    @Test
    void aCrowdConvergingOnTheCapitalProtests() {
        assertThat(TestDocs.types("Tens of thousands of people converged on the capital from the southern towns on Saturday."))
                .contains("protest");
        assertThat(TestDocs.types("Farmers converging on the provincial seat blocked the ring road on Monday."))
                .contains("protest");
    }

    @Test
    void pilgrimsConvergingOnAShrineDoNotProtest() {
        assertThat(TestDocs.types("Hundreds of thousands of pilgrims converged on the shrine town on Friday for the festival."))
                .doesNotContain("protest");
    }
}
