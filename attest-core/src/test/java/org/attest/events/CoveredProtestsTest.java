package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A protest named as what the press was covering is the scene of the journalist's work, not a
 * protest the report tells (round protest35, invented sentences); one told for itself stays.
 */
class CoveredProtestsTest {

    @Test
    void aVigilAPhotographerWasFilmingIsNoProtest() {
        String s = "Police detained two photographers in Velmora on Friday while they were filming a vigil.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
    }

    @Test
    void protestsReportersCoverAndAVideoFromAProtestAreNoProtests() {
        Document d = doc().paragraph("The editors' guild in Orvano warned of growing threats against reporters covering protests.")
                .paragraph("Police in Orvano questioned a blogger on Monday after she posted a video from a protest.").build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aProtestToldForItselfBesideThePressStays() {
        String s = "About 300 farmers held a protest outside the ministry in Velmora on Tuesday.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
