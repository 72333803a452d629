package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A protest named with its year after "since the" is the landmark of a comparison, not a protest the
 * report tells (round protest35, invented sentences); one dated by its own words still is.
 */
class SinceLandmarksTest {

    @Test
    void aYearModifiedRevolutionAfterSinceTheIsNoProtest() {
        Document d = doc().paragraph("Official turnout in Velmora fell to 39 percent, the lowest since the 1968 revolution.")
                .paragraph("Bread prices in Orvano rose by a third, the steepest rise since the 2004 uprising.").build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aProtestDatedByItsOwnWordsAfterSinceStays() {
        String s = "Since the protests of 9 March 2019 in Velmora, more than 400 people have been jailed.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
