package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r1a: candidates barred, their nomination papers rejected or a candidate ruled ineligible
 * are the electoral authorities' act, {@code other}; a call to bar candidates is none. Invented
 * sentences, published Friday 20 October 2023.
 */
class CandidatesKeptOffTheBallotTest {

    @Test
    void barredCandidatesAreAnAct() {
        List<Event> ev = events("The electoral board barred 35 candidates on Monday over their party links.", "2023-10-20");
        assertThat(datesOf(ev, "other")).containsExactly("2023-10-16");
    }

    @Test
    void rejectedNominationPapersAreAnAct() {
        List<Event> ev = events("Returning officers rejected the nomination papers of 210 candidates on Tuesday.", "2023-10-20");
        assertThat(datesOf(ev, "other")).containsExactly("2023-10-17");
    }

    @Test
    void papersRejectedInThePassiveAreAnAct() {
        List<Event> ev = events("A farmers' party said the papers of six of its candidates had been rejected on Wednesday.", "2023-10-20");
        assertThat(datesOf(ev, "other")).containsExactly("2023-10-18");
    }

    @Test
    void aCandidateRuledIneligibleIsAnAct() {
        List<Event> ev = events("On Thursday, the regional court ruled that the mayor was ineligible to stand again.", "2023-10-20");
        assertThat(datesOf(ev, "other")).containsExactly("2023-10-19");
    }

    @Test
    void aCallToBarCandidatesIsNone() {
        List<Event> ev = events("The ruling party urged the board to bar 35 candidates over their party links.", "2023-10-20");
        assertThat(datesOf(ev, "other")).isEmpty();
    }
}
