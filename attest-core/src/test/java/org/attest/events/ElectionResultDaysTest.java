package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * events140 (from events130's work): a vote's result told with the day a speaker announced it
 * dates the vote the day before the announcement; a turnout figure told on a day keeps that day. Invented sentences, published Sunday 13 March 2022.
 */
class ElectionResultDaysTest {

    @Test
    void aWinAnnouncedOnADayDatesTheVoteTheDayBefore() {
        List<Event> ev = events("Ana Ruiz, a former mayor, has won Peru's presidential election with almost"
                + " 9 million votes, the electoral board announced on Saturday.", "2022-03-13");
        assertThat(datesOf(ev, "election")).containsExactly("2022-03-11");
    }

    @Test
    void aTurnoutToldOnADayKeepsThatDay() {
        List<Event> ev = events("Turnout was 44 percent, the electoral board said on Saturday.", "2022-03-13");
        assertThat(datesOf(ev, "election")).containsExactly("2022-03-12");
    }
}
