package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Street gatherings and organised ones (round protest50, invented sentences): a rally or vigil held
 * outside or in front of a building faces it from the street, a protest; so is a gathering with
 * chants, in solidarity, with candles or in support of workers or prisoners. Mourners gathered for a
 * funeral are an organised gathering, a rally; a campaign rally outside a hall stays a rally.
 */
class RalliesFacingInstitutionsTest {

    @Test
    void aRallyHeldOutsideABuildingIsAProtest() {
        String s = "Porters held a rally outside the harbour authority in Dorvik on Monday.";
        String v = "The families will hold a vigil in front of the provincial court in Pellan on Friday.";
        Document d = doc().published("2026-03-02").paragraph(s).paragraph(v).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s, v);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aPartyRallyOutsideAHallStaysARally() {
        String s = "The Green Dawn party held a rally outside the town hall in Dorvik on Monday.";
        Document d = doc().published("2026-03-02").paragraph(s).build();
        assertThat(sentencesOf(d, "rally")).containsExactly(s);
    }

    @Test
    void aClosingThatIsNoClosingRallyLeavesTheRallyOutsideAProtest() {
        String s = "Most surgeries in Pellan closed, while in Dorvik midwives held a rally outside the health board on Tuesday.";
        Document d = doc().published("2026-03-04").paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void gatheringsInSupportOrWithCandlesOrChantsAreProtests() {
        String support = "On Sunday, several hundred people gathered in the old port of Dorvik in support of the port workers.";
        String candles = "About 80 people gathered with candles in a park in Pellan on Saturday evening.";
        Document d = doc().published("2026-03-09").paragraph(support).paragraph(candles).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(support, candles);
        assertThat(sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void mournersGatheredOutsideAHomeAreARally() {
        String s = "Neighbours gathered outside the family home in Pellan on Tuesday before the funeral.";
        Document d = doc().published("2026-03-11").paragraph(s).build();
        assertThat(sentencesOf(d, "rally")).containsExactly(s);
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }
}
