package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Participants a noun of seizing counts, round events87 (6 December 2026, invented sentences):
 * "abductions of protesters" names those seized, no protest of theirs; a protest told beside
 * the seizures stays.
 */
class SeizedParticipantsTest {

    @Test
    void thoseSeizedTellNoProtest() {
        assertThat(types("The commission said it had documented 14 abductions of protesters by men in plain clothes."))
                .doesNotContain("protest");
        assertThat(types("Lawyers condemned the disappearance of two student demonstrators.")).doesNotContain("protest");
    }

    @Test
    void aProtestToldBesideThemStays() {
        assertThat(types("Thousands of protesters marched in the capital on Friday against the abductions of activists."))
                .contains("protest");
    }
}
