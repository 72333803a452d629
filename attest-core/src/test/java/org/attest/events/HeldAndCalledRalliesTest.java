package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A rally whose organiser is named (one someone holds or held, one a movement called), a vigil
 * someone will hold and rallies for and against a text are organised gatherings, `rally` (round
 * protest40, invented sentences); one held against something, or by demonstrators, stays a protest,
 * as does a vigil told as held (EventWireCopyTest).
 */
class HeldAndCalledRalliesTest {

    @Test
    void aRallyOrVigilSomeoneHoldsIsARally() {
        String held = "The farmers' union held a mass rally beside the grain depot in Dorvik on Saturday.";
        String vigil = "Nurses from the district hospital will hold a candlelight vigil for their two colleagues in Pellan on Friday night.";
        Document d = doc().published("2026-03-02").paragraph(held).paragraph(vigil).build();
        assertThat(sentencesOf(d, "rally")).containsExactly(held, vigil);
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aRallyAMovementCalledAndRalliesForAndAgainstAreRallies() {
        String called = "In Pellan, some 2,000 people joined a rally called by the Green Dawn movement on Sunday.";
        String sides = "Large rallies for and against the new charter were held in Dorvik and Pellan on Friday.";
        Document d = doc().published("2026-03-02").paragraph(called).paragraph(sides).build();
        assertThat(sentencesOf(d, "rally")).containsExactly(called, sides);
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aVigilToldAsHeldAndARallyOfDemonstratorsStayProtests() {
        String vigil = "Dock workers held a candlelight vigil for the drowned crew in Pellan on Monday night.";
        String demo = "Demonstrators held a rally beside the grain depot in Dorvik on Tuesday.";
        Document d = doc().published("2026-03-04").paragraph(vigil).paragraph(demo).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(vigil, demo);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aRallyHeldAgainstSomethingStaysAProtest() {
        String s = "Students held a rally against the fee rise outside the university in Dorvik on Monday.";
        Document d = doc().published("2026-03-02").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }
}
