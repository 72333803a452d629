package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round say200 (7 December 2026): a call for a strike worded with other words between the call and
 * the strike, a call to stay away from work or classes, to spoil ballots or to stay home beside a
 * strike, and a strike that "was called" are boycott calls; a held strike stays {@code other}.
 * All sentences and names are invented; 2024-05-08 is a Wednesday.
 */
class StrikeCallsWordedApartTest {

    @Test
    void aCallWithItsDayBeforeTheStrikeIsACall() {
        assertThat(types("The dock unions called on Tuesday for an indefinite strike at the port of Velmar."))
                .contains("boycott_call").doesNotContain("statement", "other");
        assertThat(types("Farmers in the valley called last week for a shutdown of all markets."))
                .contains("boycott_call");
    }

    @Test
    void anAppealToJoinAStrikeIsACall() {
        assertThat(types("The bakers' guild in Orsk on Monday urged its members to join a regional strike next month."))
                .contains("boycott_call").doesNotContain("statement", "other");
        assertThat(types("The teachers' federation, urging all staff to join the week-long strike, met in Orsk."))
                .contains("boycott_call");
    }

    @Test
    void anAppealToStayAwayFromWorkOrClassesIsACall() {
        assertThat(types("The student council called on pupils to stay away from classes until the fees are cut."))
                .contains("boycott_call").doesNotContain("statement");
        assertThat(types("The rail union urged drivers to stay away from work on the day of the budget."))
                .contains("boycott_call");
    }

    @Test
    void anAppealToSpoilBallotsIsACall() {
        assertThat(types("The banned party urged its voters to spoil their ballots in the coming referendum."))
                .contains("boycott_call");
    }

    @Test
    void anAppealToStayHomeBesideAStrikeIsACall() {
        assertThat(types("The nurses' union, which backs the strike, has called on every member to stay home for two days."))
                .contains("boycott_call");
    }

    @Test
    void aStrikeThatWasCalledIsTheCall() {
        assertThat(types("The stoppage was announced after the strike was called by three bus unions in Karvo."))
                .contains("boycott_call");
    }

    @Test
    void aDayAfterTheStrikeIsTheDayCalledFor() {
        List<Event> events = events("Bus drivers in Karvo\n\n"
                + "Three bus unions on Monday urged drivers to join a citywide strike on Friday.", "2024-05-08");
        assertThat(datesOf(events, "boycott_call")).containsExactly("2024-05-06");
    }

    @Test
    void noCallWhereNoneIsMade() {
        assertThat(types("Residents were told to stay away from the river bank after the floods.")).doesNotContain("boycott_call");
        assertThat(types("The workers stayed home during the curfew imposed after the riots.")).doesNotContain("boycott_call");
        assertThat(types("An air strike was called in by the ground troops near the border.")).doesNotContain("boycott_call");
    }
}
