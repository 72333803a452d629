package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A strike ended, called off or suspended, and a deal reached, are the settlement ("other"), no new
 * protest (round protest50, invented sentences); a strike someone urges the union to call off is
 * neither.
 */
class StrikeEndsTest {

    @Test
    void aStrikeCalledOffOrEndedByADealIsNoProtest() {
        String off = "The ferry crews' union called off the strike in Dorvik on Tuesday evening.";
        String deal = "The dockers and the port authority reached a deal on Wednesday night, ending the strike after four days.";
        Document d = doc().published("2026-02-12").paragraph(off).paragraph(deal).build();
        assertThat(sentencesOf(d, "other")).containsExactly(off, deal);
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aStrikeSomeoneUrgesCalledOffIsNoEnd() {
        String s = "The mayor of Dorvik urged the union to call off the strike on Tuesday.";
        Document d = doc().published("2026-02-12").paragraph(s).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }
}
