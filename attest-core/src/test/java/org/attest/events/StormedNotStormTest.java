package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: the cues that keep a storm's dead from being a killing are the words "storm" and
 * "storms" alone, not the verb "stormed": "crowds stormed parliament and at least 60 people were
 * killed" tells a killing beside the protest. Invented reports; 2025-07-08 is a Tuesday.
 */
class StormedNotStormTest {
    private static final String PUBLISHED = "2025-07-08";

    @Test
    void deathsBesideABuildingStormedAreAKilling() {
        String text = "Unrest in Corvan\n\n"
                + "In May 2024, crowds stormed parliament in Corvan and at least 60 people were killed.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).containsExactly("2024-05");
        assertThat(datesOf(events(text, PUBLISHED), "protest")).containsExactly("2024-05");
    }

    @Test
    void aStormsDeadAreNoKilling() {
        String text = "Storm in Corvan\n\n"
                + "A storm on the coast of Corvan killed at least 60 people on Monday.";
        assertThat(datesOf(events(text, PUBLISHED), "killing")).isEmpty();
    }
}
