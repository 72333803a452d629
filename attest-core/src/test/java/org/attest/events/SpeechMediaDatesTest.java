package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch dates40 (invented sentences): a statement named by its medium between the reporting verb
 * and a weekday ("said in a televised address on Friday") is dated by that weekday, not by the
 * lead's earlier day.
 */
class SpeechMediaDatesTest {

    @Test
    void theWeekdayAfterTheMediumDatesTheStatement() {
        String text = String.join("\n\n",
                "Farmers blocked the ring road around Velmora on Thursday, demanding lower diesel prices.",
                "The agriculture minister said in a televised address on Friday that the subsidy would be restored within a month.");
        List<Event> events = DatedReports.events(text, "2025-05-16");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2025-05-16");
    }
}
