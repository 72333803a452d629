package org.attest.events;

import static org.attest.events.DatedReports.afterAnArrest;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events123 (invented sentences): "detainees" released names who are let go, and tells the
 * release; a release in the sentence of the detention it ends stays that detention's outcome.
 */
class ReleasesOfDetaineesTest {

    @Test
    void detaineesReleasedIsARelease() {
        assertThat(afterAnArrest("Three of the detainees were released on Tuesday after signing pledges, the union said.", "other"))
                .containsExactly("2026-04-14");
    }

    @Test
    void releaseBesideItsDetentionIsNone() {
        assertThat(afterAnArrest("Two dockers detained on Monday were released on Tuesday, the union said.", "other")).isEmpty();
    }
}
