package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Round stmt40 (6 December 2026, invented reports): a statement its sentence leaves undated is
 * made after the events the lead tells, on the day the report last dated a statement, else on the
 * day of publication; never before the lead's day.
 */
class StatementDaysTest {

    private static final String LEAD = "Riot police fired tear gas at striking nurses in Port Kessa on Thursday. ";

    @Test
    void anUndatedReactionIsOfThePublicationDay() {
        String report = LEAD + "The national ombudsman said its staff would look into how the nurses were treated.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).containsExactly("2026-03-14");
    }

    @Test
    void anUndatedReactionTakesTheDayOfTheStatementDatedBeforeIt() {
        String report = LEAD + "\n\nHealth Minister Odile Ferrand said on Friday that the nurses' pay claim would be heard."
                + "\n\nThe national ombudsman said its staff would look into how the nurses were treated.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).containsExactly("2026-03-13", "2026-03-13");
    }

    @Test
    void aStatementDayOlderThanTheLeadLeavesTheLeadsDay() {
        String report = "Health Minister Odile Ferrand said on 2 February that the nurses' pay claim would be heard.\n\n"
                + LEAD + "The national ombudsman said its staff would look into how the nurses were treated.";
        assertThat(datesOf(events(report, "2026-03-14"), "statement")).contains("2026-03-12");
    }
}
