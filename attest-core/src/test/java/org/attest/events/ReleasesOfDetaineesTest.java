package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Round events123 (invented sentences): "detainees" released names who are let go, and tells the
 * release; a release in the sentence of the detention it ends stays that detention's outcome.
 */
class ReleasesOfDetaineesTest {

    private static List<String> of(String sentence, String type) {
        return DatedReports.afterAnArrest(sentence, type);
    }

    @Test
    void detaineesReleasedIsARelease() {
        assertThat(of("Three of the detainees were released on Tuesday after signing pledges, the union said.", "other"))
                .containsExactly("2026-04-14");
    }

    @Test
    void releaseBesideItsDetentionIsNone() {
        assertThat(of("Two dockers detained on Monday were released on Tuesday, the union said.", "other")).isEmpty();
    }
}
