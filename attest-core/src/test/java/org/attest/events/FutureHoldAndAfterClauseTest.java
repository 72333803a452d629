package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Two date misreadings of the dates30 round: a march unions said they "would hold" on a year-less
 * day later in the month is ahead (not last year's), and a killing told in an "after" clause takes
 * its own clause's date, not the day of the spread before "after". Invented reports.
 */
class FutureHoldAndAfterClauseTest {

    @Test
    void aMarchTheyWouldHoldLaterInTheMonthIsAhead() {
        List<Event> events = DatedReports.events("Teachers' federations announced on Monday that they would hold "
                + "a fresh national walkout and rallies in Velmora on March 28.\n", "2025-03-12");
        assertThat(datesOf(events, "protest")).contains("2025-03-28").doesNotContain("2024-03-28");
    }

    @Test
    void aKillingInsideAnAfterClauseTakesItsOwnClausesNight() {
        List<Event> events = DatedReports.events("Demonstrations flared in five provinces on Saturday, May 10, after riot "
                + "police shot and killed a student at a sit-in near the ministry the previous night.\n", "2025-05-10");
        assertThat(datesOf(events, "killing")).containsExactly("2025-05-09");
    }

    @Test
    void aMarchAfterAClauseSetOffByCommasKeepsTheDayBeforeIt() {
        List<Event> events = DatedReports.events("On Saturday, May 10, after a night of arrests, thousands "
                + "marched through Velmora.\n", "2025-05-12");
        assertThat(datesOf(events, "protest")).containsExactly("2025-05-10");
    }
}
