package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Closing attributions the report dates, round events80 (6 December 2026, invented sentences):
 * "..., the commission said on Monday." is the body's statement of that day beside the events it
 * tells, as an opening "the commission said on Monday that ..." is; undated, or by a witness or a
 * pronoun, the closing verb only sources the events.
 */
class DatedClosingsTest {

    @Test
    void aBodysDatedClosingIsAStatementBesideTheEvents() {
        assertThat(types("Riot police detained more than 400 dockers in Velmar on Sunday, the Harbour Rights Commission said on Monday."))
                .containsExactlyInAnyOrder("arrest", "statement");
        assertThat(types("Troops shot dead at least nine marchers on Friday, the regional health ministry said on Saturday, as the town stayed cut off."))
                .contains("killing", "statement");
        // a report given out on a day dates the body's words as well
        assertThat(types("The authorities hanged at least 41 prisoners in March, the Velmar Justice Network said in a report published on Tuesday."))
                .containsExactlyInAnyOrder("execution", "statement");
    }

    @Test
    void aClosingDatedTodayOrYesterdayIsAStatementOfThatDay() {
        // round ev3b: a day named from the report's own day dates the body's words as a weekday does
        assertThat(types("Riot police detained more than 400 dockers in Velmar on Sunday, the Harbour Rights Commission said today."))
                .containsExactlyInAnyOrder("arrest", "statement");
        List<Event> events = DatedReports.events("""
                Dockers held

                Riot police detained more than 400 dockers in Velmar on Sunday, the Harbour Rights Commission said yesterday.
                """, "2026-03-10");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-09");
        // still no statement for a witness, and none when the day is what the speaker tells of
        assertThat(types("Riot police detained more than 400 dockers in Velmar today, residents said."))
                .containsExactly("arrest");
    }

    @Test
    void anUndatedClosingOnlySourcesTheEvents() {
        assertThat(types("Riot police detained more than 400 dockers in Velmar on Sunday, the Harbour Rights Commission said."))
                .containsExactly("arrest");
    }

    @Test
    void witnessesAndPronounsStaySourcesEvenWhenDated() {
        assertThat(types("Riot police detained more than 400 dockers in Velmar on Sunday, residents said on Monday."))
                .containsExactly("arrest");
        assertThat(types("Riot police detained more than 400 dockers in Velmar on Sunday, he said on Monday."))
                .containsExactly("arrest");
    }

    @Test
    void aStateBodyClosingAWireLeadIsTheDaysStatementEvenUndated() {
        List<Event> events = DatedReports.events("""
                Dockers hanged

                VELMAR, March 9 (Harbour Wire) - The authorities hanged two dockers convicted over the riots in February, the judiciary's news agency said.
                """, "2026-03-09");
        assertThat(events).extracting(Event::type).contains("execution", "statement");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-09");
    }

    @Test
    void aUnionOrSeveralSpeakersClosingAWireLeadStaySources() {
        assertThat(DatedReports.events("""
                Dockers held

                VELMAR, March 9 (Harbour Wire) - Riot police detained 40 dockers at the gates on Sunday, the dockers' union said.
                """, "2026-03-09")).extracting(Event::type).containsExactly("arrest");
        assertThat(DatedReports.events("""
                Dockers held

                VELMAR, March 9 (Harbour Wire) - Riot police detained 40 dockers at the gates on Sunday, hospital officials and local media said.
                """, "2026-03-09")).extracting(Event::type).containsExactly("arrest");
        // in the body, the same closing only sources the hangings
        assertThat(types("The authorities hanged two dockers convicted over the riots, the judiciary's news agency said."))
                .containsExactly("execution");
    }

    @Test
    void theStatementTakesItsOwnDayNotTheDayOfWhatItCloses() {
        List<Event> events = DatedReports.events("""
                Dock strike spreads

                Strikes spread to more than 30 ports over the weekend, state media said on Monday, as talks stalled.
                """, "2026-03-10");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-09");
    }
}
