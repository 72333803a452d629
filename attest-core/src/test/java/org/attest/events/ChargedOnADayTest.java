package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round events61 (invented sentences): after an arrest is told, a charge told on a day of its own
 * ("He was charged on Thursday with ...") is the next step on that day (`other`); one with no day
 * ("Most of those held were charged with rioting") still sums up what became of those held.
 */
class ChargedOnADayTest {

    private static List<String> others(String second) {
        List<Event> events = DatedReports.events("Police in Varnby arrested the editor Jon Amsel at his home on Tuesday.\n\n"
                + second + "\n", "2026-05-15");
        return datesOf(events, "other");
    }

    @Test
    void aChargeOnItsOwnDayIsAnAct() {
        assertThat(others("He was charged on Thursday with insulting the governor over a column on port contracts."))
                .containsExactly("2026-05-14");
    }

    @Test
    void aChargeWithNoDayOfItsOwnSumsUp() {
        assertThat(others("He was charged with insulting the governor over a column on port contracts.")).isEmpty();
    }
}
