package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * A weekday an undated report leaves unresolved ("on Thursday") dates its event by the month of
 * the day the paragraph or the lead tells ({@link UnresolvedDates#inStoryMonth}), never by that
 * day itself, and by nothing when only a year would place it. Invented reports.
 */
class StoryMonthOfUnresolvedDaysTest {
    @Test
    void aWeekdayBesideTheStorysDayTakesThatDaysMonth() {
        String text = "Dockers strike in Varnel\n\n"
                + "Dockers in Varnel stopped work on 3 March 2021 over unpaid bonuses.\n\n"
                + "Talks in the capital collapsed late in the evening, and on Thursday police arrested 12 dockers at the port gate.";
        assertThat(datesOf(events(text, null), "arrest")).containsExactly("2021-03");
    }

    @Test
    void aWeekdayBesideOnlyAYearStaysUndated() {
        String text = "Dockers strike in Varnel\n\n"
                + "The Varnel Dockers Union was the largest of its kind in 2021.\n\n"
                + "Talks in the capital collapsed late in the evening, and on Thursday police arrested 12 dockers at the port gate.";
        assertThat(datesOf(events(text, null), "arrest")).containsExactly((String) null);
    }

    @Test
    void aReportWithAPublicationDateKeepsItsWeekday() {
        // 11 March 2021 was a Thursday: a dated report resolves its weekday itself
        String text = "Dockers strike in Varnel\n\n"
                + "Dockers in Varnel stopped work on 3 March 2021 over unpaid bonuses.\n\n"
                + "Talks in the capital collapsed late in the evening, and on Thursday police arrested 12 dockers at the port gate.";
        assertThat(datesOf(events(text, "2021-03-12"), "arrest")).containsExactly("2021-03-11");
    }
}
