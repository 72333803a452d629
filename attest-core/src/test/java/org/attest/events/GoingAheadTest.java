package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch events62: a call-off that is denied ("would not call off the strike planned for
 * Monday") leaves the strike as planned, an announced event; a call-off told as done or intended
 * still names no event. Since r186 a strike dated after the day of writing is told as its call
 * ({@link AnnouncedStrikes}): the planned strike is a {@code boycott_call}, since stmt210 of the day it was made. Invented
 * reports; 2025-08-31 is a Sunday.
 */
class GoingAheadTest {
    @Test
    void aDeniedCallOffLeavesThePlannedStrike() {
        String text = "Dockers in Valtra\n\n"
                + "Dockers' unions said they would not call off a port strike planned for Monday unless the wage offer improved.";
        assertThat(datesOf(events(text, "2025-08-31"), "boycott_call")).containsExactly("2025-08-31"); // the call's day (stmt210)
        assertThat(datesOf(events(text, "2025-08-31"), "other")).isEmpty();
    }

    @Test
    void aCallOffStillNamesNoStrike() {
        String text = "Dockers in Valtra\n\n"
                + "Dockers' unions said they would call off a port strike planned for Monday after the wage offer improved.";
        assertThat(datesOf(events(text, "2025-08-31"), "protest")).isEmpty();
    }
}
