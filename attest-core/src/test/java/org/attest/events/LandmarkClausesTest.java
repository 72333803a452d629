package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch ev2b: a year-named landmark after a superlative's "since" whose clause of "when" or "in
 * which" tells what happened in it is an event the report tells, and the clause's acts happened
 * at its year, not on the report's day. Invented reports.
 */
class LandmarkClausesTest {
    private static final String LEAD = "Unrest in Velmora\n\nCrowds marched through Velmora on Saturday.\n\n";

    @Test
    void killingsInAnInWhichClauseAfterALandmarkTakeItsYear() {
        List<Event> es = events(LEAD + "The unrest is the gravest test for the council since the 2014 bread riots, "
                + "in which a monitoring group says at least 90 people were killed.", "2023-05-06");
        assertThat(datesOf(es, "killing")).containsExactly("2014");
    }

    @Test
    void aLandmarkElectionWithAWhenClauseIsToldAndDated() {
        List<Event> es = events(LEAD + "The protests are the largest since the contested 2012 presidential election, "
                + "when hundreds of thousands of people took to the streets.", "2023-05-06");
        assertThat(datesOf(es, "election")).containsExactly("2012");
        assertThat(datesOf(es, "protest")).contains("2012");
    }

    @Test
    void aWhenClauseAfterTheNounOfARankedStretchTakesTheNounsYear() {
        List<Event> es = events(LEAD + "The jail is the biggest in the region and has been crowded since the purge that "
                + "followed the 2016 revolt, when thousands of people took to the streets of Orvano.", "2023-05-06");
        assertThat(datesOf(es, "protest")).containsExactly("2023-05-06", "2016");
    }

    @Test
    void aLandmarkWithoutAClauseStaysAMeasure() {
        List<Event> es = events(LEAD + "The strike is the longest since the 1998 uprising.", "2023-05-06");
        assertThat(datesOf(es, "protest")).containsExactly("2023-05-06");
    }
}
