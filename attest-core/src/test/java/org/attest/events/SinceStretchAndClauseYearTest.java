package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * dates33: a date right after "since" is where the stretch before it began, not the day of an
 * act told after it; a year after a clause-opening "in" is a year even before a noun that is
 * often counted ("and in 2014 police ..."); a list of names between a stretch and its "since"
 * ("shut down in Lindor, Varo and Tarn since March 2020") does not put the date out of its reach.
 * Invented reports.
 */
class SinceStretchAndClauseYearTest {

    @Test
    void aSinceDateBelongsToTheStretchBeforeItNotToTheActAfter() {
        List<Event> events = DatedReports.events("In Lindor, six nurses from Varo have been on hunger strike outside "
                + "the North Tarn legislature since November 11, demanding freedom for a colleague arrested "
                + "during a ward protest in October.\n", "2024-11-20");
        assertThat(datesOf(events, "arrest")).containsExactly("2024-10");
        assertThat(datesOf(events, "other")).contains("2024-11-11"); // other81: a hunger strike is `other`
    }

    @Test
    void aSinceDateWithNoActBeforeItStillDatesTheAct() {
        List<Event> events = DatedReports.events("Police in Lindor have arrested 40 people since Monday.\n", "2024-11-20");
        assertThat(datesOf(events, "arrest")).containsExactly("2024-11-18");
    }

    @Test
    void aYearOpeningTheSecondClauseDatesItsOwnAct() {
        List<Event> events = DatedReports.events("In 1998, villagers marched on the mine at Lindor, and in 2013 "
                + "police arrested nine farmers in Varo.\n", "2025-08-18");
        assertThat(datesOf(events, "arrest")).containsExactly("2013");
        assertThat(datesOf(events, "protest")).containsExactly("1998");
    }

    @Test
    void aListOfTownsDoesNotCutAStretchFromItsSinceDate() {
        List<Event> events = DatedReports.events("Mobile internet has been shut down in Lindor, Varo and nine other "
                + "villages of Tarn since March 2020, leaving farmers to trade news by radio.\n", "2025-08-18");
        assertThat(datesOf(events, "other")).containsExactly("2020-03");
    }
}
