package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * An attack given as an arrest's reason, and "fire" that is a blaze (round acts33, invented
 * sentences): the charge explains the arrest and is no attack of its own; "set on fire on" and
 * "caught fire on" are no shots "fired on" anyone.
 */
class ArrestReasonsAndBlazesTest {

    @Test
    void anAttackThatIsAnArrestsReasonIsNoAttack() {
        String s = "The governor says 17 men have been arrested for attacking two ambulance crews in Velmora.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
        assertThat(sentencesOf(d, "arrest")).containsExactly(s);
    }

    @Test
    void aReasonAfterACountAndItsPlacesIsStillTheArrests() {
        String s = "Officers reported 33 people detained across the region, 12 of them in Orvano, for looting, arson and attacks on firefighters.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void whatThoseArrestedAreSaidToHaveDoneIsNoAttack() {
        String s = "The ministry said those arrested had \"attacked shops and public buildings\" in Velmora.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void anAttackInAClauseOfItsOwnAfterTheArrestStays() {
        String s = "Police held four students for questioning on Monday after gunmen attacked the dormitory in Velmora.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).containsExactly(s);
    }

    @Test
    void aBarricadeSetOnFireOnAStreetIsNoShooting() {
        String s = "Police said 12 people were held there once a tyre barricade was set on fire on Merrow Avenue.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void aDepotThatCaughtFireOrWasOnFireOnADayIsNoShooting() {
        Document d = doc().paragraph("A fuel depot caught fire on Monday near the port of Orvano.")
                .paragraph("A bus was still on fire on Tuesday morning outside the station in Orvano.").build();
        assertThat(sentencesOf(d, "attack")).isEmpty();
    }

    @Test
    void troopsWhoFireOnACrowdStillAttack() {
        String s = "Troops fire on villagers in Orvano as a land dispute turns violent.";
        Document d = doc().paragraph(s).build();
        assertThat(sentencesOf(d, "attack")).containsExactly(s);
    }
}
