package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * The days a call names do not date the call, round events80 (6 December 2026, invented
 * sentences): the day of the body the call is made to, or of what it asks for, is not the day the
 * call was made; a day right after the verb is.
 */
class CallDatesTest {

    @Test
    void theDayOfTheBodyACallIsMadeToIsNotTheCallsDay() {
        List<Event> events = DatedReports.events("""
                Dockers' leaders held

                The Harbour Rights Centre urged the labour tribunal, whose next session opens in Velmar on 27 March, to hear the cases of the dockers.
                """, "2026-03-10");
        assertThat(DatedReports.datesOf(events, "statement")).doesNotContain("2026-03-27");
        events = DatedReports.events("""
                Dockers' leaders held

                Nine dockers were arrested in Velmar on 2 March.

                The Harbour Rights Centre called on the inquiry, set up on 2 February, to question the port police.
                """, "2026-03-10");
        assertThat(DatedReports.datesOf(events, "statement")).doesNotContain("2026-02-02");
    }

    @Test
    void aDayRightAfterTheVerbIsTheCallsOwn() {
        List<Event> events = DatedReports.events("""
                Dockers' leaders held

                The Harbour Rights Centre urged on 9 March the labour tribunal to hear the cases of the dockers.
                """, "2026-03-12");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-03-09");
    }
}
