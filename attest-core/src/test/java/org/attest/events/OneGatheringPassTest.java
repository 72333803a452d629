package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * One gathering told with two types in a sentence (round acts33, invented sentences): the rally
 * noun typed a protest by a street cue, or violence that broke out while the crowd was gathered,
 * beside a rally, is that rally, not a protest of its own.
 */
class OneGatheringPassTest {

    @Test
    void theRallyNounBesideARallyIsThatRally() {
        String s = "The party said it would hold another rally in Tarnow on Saturday despite a police order limiting campaign meetings to 300 people.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
        assertThat(sentencesOf(d, "rally")).containsExactly(s);
    }

    @Test
    void violenceBreakingOutAtTheRallyIsNoProtest() {
        String s = "Hundreds of supporters had gathered at the fairground in Tarnow for the rally, which the mayor was due to address, when the violence broke out.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aMarchBesideARallyStaysAProtest() {
        String s = "Students marched through Tarnow on Monday while supporters of the mayor held a campaign rally in the park.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "protest")).containsExactly(s);
    }
}
