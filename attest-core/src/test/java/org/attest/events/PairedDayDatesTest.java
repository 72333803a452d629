package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events102: two days told with one month ("on June 23 and 24") date the sentence's event
 * by the pair's first day, also when a clause of "which" has spent the first day's mention.
 * Invented undated reports.
 */
class PairedDayDatesTest {
    private static final String OPENING = "Exiles Rally in Bern\n\n"
            + "Thousands of exiles rallied in central Bern on Saturday, June 22, 2024, waving flags.\n\n";

    @Test
    void aPairAfterWhichContinuedGivesTheFirstDay() {
        String text = OPENING + "The rally opened the Exile Forum 2024, which continued on June 23 and 24 with panels in Geneva.";
        assertThat(datesOf(events(text, null), "protest")).contains("2024-06-23").doesNotContain("2024-06-24");
    }

    @Test
    void aPairWithTheMonthAfterGivesTheFirstDay() {
        String text = OPENING + "The rally opened the Exile Forum 2024, which continued on 23 and 24 June with panels in Geneva.";
        assertThat(datesOf(events(text, null), "protest")).contains("2024-06-23").doesNotContain("2024-06-24");
    }

    @Test
    void aSingleStrikeOverAPairTakesTheFirstDay() {
        String text = OPENING + "In Basel, shop owners observed a general strike on 25 and 26 June against the new tax.";
        assertThat(datesOf(events(text, null), "other")).contains("2024-06-25").doesNotContain("2024-06-26");
    }

    @Test
    void twoDatesJoinedWithTheirOwnMonthsStayApart() {
        String text = OPENING + "Dockers struck on June 25 and farmers marched on June 27 in Basel.";
        assertThat(datesOf(events(text, null), "protest")).contains("2024-06-27");
    }
}
