package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * dates32: an act told in the past perfect inside a dated statement ("said on Sunday that 30
 * people had been detained") takes the statement's day, not an earlier day of the paragraph; a
 * weekday after "this" in a plan ("would hold a rally this Saturday") is the coming one; the day
 * a vote is "scheduled for" is the vote's alone, not that of a rally held for its candidate.
 * Invented reports.
 */
class StatementDayAndThisWeekdayTest {

    @Test
    void pastPerfectActInADatedStatementTakesTheStatementsDay() {
        List<Event> events = DatedReports.events("Police broke up a march in Lindor late on Saturday.\n\n"
                + "The Interior Ministry stated on Sunday that 30 people had been detained for disorder.\n",
                "2025-03-10");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-03-09");
    }

    @Test
    void aRallyPlannedForThisSaturdayIsTheComingOne() {
        List<Event> events = DatedReports.events("The Green Union said it would hold another rally in Morvan "
                + "this Saturday despite a police ban on large meetings.\n", "2026-09-08");
        assertThat(datesOf(events, "protest")).containsExactly("2026-09-12");
    }

    @Test
    void thisWeekdayWithoutAPlanStaysBehind() {
        List<Event> events = DatedReports.events("Riot police clashed with farmers in Morvan this Saturday.\n",
                "2026-09-08");
        assertThat(datesOf(events, "protest")).isNotEmpty().allMatch(d -> d.equals("2026-09-05"));
    }

    @Test
    void aDayAVoteIsScheduledForIsNotTheRallysDay() {
        List<Event> events = DatedReports.events("A bomb exploded at a rally in Tarno on Friday, killing four people.\n\n"
                + "The rally, for the party candidate in a provincial by-election scheduled for Oct 30, had drawn "
                + "about 1,500 people to a football ground.\n", "2025-10-18");
        assertThat(datesOf(events, "rally")).doesNotContain("2025-10-30");
        assertThat(datesOf(events, "election")).containsExactly("2025-10-30");
    }
}
