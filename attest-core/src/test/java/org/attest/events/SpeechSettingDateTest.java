package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round stmt40 (6 December 2026, invented report): "X said in a televised address on Thursday
 * that ...": the address is the statement the sentence reports, and the day after it is the
 * statement's own, not the day of the event the paragraph told before.
 */
class SpeechSettingDateTest {

    private static final String LEAD = "Riot police cleared a sit-in of bakers outside the Velmora town hall on Monday. ";

    @Test
    void theDayAfterATelevisedAddressDatesTheStatement() {
        String report = LEAD + "The provincial governor said in a televised address late on Thursday that flour prices "
                + "would be frozen until the harvest.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).containsExactly("2026-03-12");
    }

    @Test
    void theDayAfterASpeechDatesTheStatementToo() {
        String report = LEAD + "The provincial governor said in a televised speech on Thursday evening that the "
                + "bakers would be heard.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).containsExactly("2026-03-12");
    }

    @Test
    void anAddressWithoutADayKeepsItsFallback() {
        String report = LEAD + "The provincial governor said in a televised address that flour prices "
                + "would be frozen until the harvest.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).doesNotContain("2026-03-12");
    }
}
