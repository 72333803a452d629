package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Event dates that a careful reader would call wrong: a plan's weekday, a record's yardstick year,
 * a stretch in the perfect that began with a dated event,
 * two days of one month, a date that closes the clause before "and later", an annual report's
 * year, and a present-perfect lead that the next lines date.
 */
class DatesOfPlansAndLeadsTest {
    /** A Thursday. */
    private static final String THURSDAY = "2024-05-16";

    @Test
    void aProtestAnnouncedWithWouldTakesTheComingWeekday() {
        List<Event> events = events("Opposition groups said they would hold fresh protests in the capital on Saturday.", THURSDAY);
        assertThat(datesOf(events, "protest")).containsExactly("2024-05-18");
    }

    @Test
    void aTermAheadDatesNoProtest() {
        List<Event> events = events("Protests continued against planned reforms that would let the governor rule until 2034.", THURSDAY);
        assertThat(datesOf(events, "protest")).doesNotContain("2034");
    }

    @Test
    void aYardstickOfARecordIsNoEvent() {
        List<Event> events = events("The biggest protests in Dorvana since the 1990 revolution have shaken the government.", THURSDAY);
        assertThat(datesOf(events, "protest")).doesNotContain("1990").hasSize(1);
    }

    @Test
    void aStretchInThePerfectFollowingADatedEventBeganThen() {
        List<Event> events = events("Nationwide demonstrations have engulfed Dorvana following the May 9 presidential election.", "2024-12-06");
        assertThat(datesOf(events, "protest")).containsExactly("2024-05-09");
        // the verb of the perfect says nothing of when its own act came after the dated event
        List<Event> arrests = events("Police have detained 30 people following the May 9 rally in the capital.", "2024-12-06");
        assertThat(datesOf(arrests, "arrest")).containsExactly("2024-12-06");
    }

    @Test
    void twoDaysOfOneMonthGiveTwoEvents() {
        List<Event> events = events("Students held protests in the capital on 3 and 4 May.", THURSDAY);
        assertThat(datesOf(events, "protest")).containsExactly("2024-05-03", "2024-05-04");
    }

    @Test
    void aDateBeforeAndLaterClosesTheClauseItEnds() {
        List<Event> events = events("The activist helped organise a rally in the port on March 2, "
                + "and later was detained at a march a month later.", THURSDAY);
        assertThat(datesOf(events, "protest")).contains("2024-03-02");
        assertThat(datesOf(events, "arrest")).containsExactly("2024-04-02");
    }

    @Test
    void anAnnualReportsYearDatesWhatItCounts() {
        List<Event> events = events("According to the group's 2023 annual report, at least 90 people were executed, "
                + "about twice the average of executions in 2015-2017.", THURSDAY);
        assertThat(datesOf(events, "execution")).containsExactly("2023");
    }

    @Test
    void aPresentPerfectLeadTakesTheDayTheNextParagraphGives() {
        String text = "Opposition leader held\n\n"
                + "Police in Dorvana have arrested the main opposition leader after a rally, his party said.\n\n"
                + "The leader and other party officials were arrested in the south on Tuesday, according to a statement.";
        assertThat(datesOf(events(text, THURSDAY), "arrest")).containsExactly("2024-05-14");
    }

    @Test
    void moreArrestsOnADayAreNoRetellingOfTheLead() {
        String text = "Opposition leader held\n\n"
                + "Police in Dorvana have arrested the main opposition leader after a rally, his party said.\n\n"
                + "Two more activists were arrested in the south on Tuesday.";
        assertThat(datesOf(events(text, THURSDAY), "arrest")).containsExactly("2024-05-16", "2024-05-14");
    }

    @Test
    void aPerfectLeadDatedByTodaysSayingTakesTheDayTheNextLineGives() {
        String text = "Organisers held\n\n"
                + "Two dock union organisers in Dorvana have been detained for allegedly blocking a port, officials said today.\n\n"
                + "The two organisers were detained yesterday for \"disturbing public order\", a police spokesman said.";
        assertThat(datesOf(events(text, THURSDAY), "arrest")).containsExactly("2024-05-15");
    }
}
