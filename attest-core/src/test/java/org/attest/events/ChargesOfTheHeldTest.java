package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Charges of the people held (round prec32, invented sentences): after the report told the
 * arrests, "they were charged with ..." is the next legal step for those held and no `other` act
 * of its own; told alone, or brought by a court as subject, the charge stays `other`. So is a
 * release summed up as a state reached ("have since been released"), not one on a day of its own.
 */
class ChargesOfTheHeldTest {
    private static final String ARRESTS = "Police detained 14 fishermen at the harbour in Marevo on Thursday.";

    @Test
    void aPassiveChargeOfThoseArrestedIsNoNewAct() {
        String charged = "Most of them were charged with blocking a public road, an offence punished with two years in prison.";
        Document d = doc().paragraph(ARRESTS).paragraph(charged).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ARRESTS);
    }

    @Test
    void aSingleChargedPersonAfterTheArrestsIsNoNewActEither() {
        String charged = "Their skipper was charged under the maritime security law and remanded until next month.";
        Document d = doc().paragraph(ARRESTS).paragraph(charged).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void aChargeToldAloneStaysTheReportsAct() {
        String alone = "Five organisers were charged with illegal assembly in Marevo on Thursday.";
        Document d = doc().paragraph(alone).build();
        assertThat(sentencesOf(d, "other")).containsExactly(alone);
    }

    @Test
    void aCourtThatChargesStaysAnAct() {
        String court = "On Friday, a district court charged the harbour master with negligence.";
        Document d = doc().paragraph(ARRESTS).paragraph(court).build();
        assertThat(sentencesOf(d, "other")).containsExactly(court);
    }

    @Test
    void aReleaseSummedUpAfterTheArrestsIsNoNewAct() {
        String since = "Most of the fishermen have since been released, but their skipper is still held.";
        String already = "Their families said nine had already been released without charge.";
        Document d = doc().paragraph(ARRESTS).paragraph(since).paragraph(already).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void aReleaseOnADayOfItsOwnStaysAnAct() {
        String released = "Six of the fishermen were released on Saturday after paying a fine.";
        // retold190: the day must be a date mention of the sentence; an undated release ends the told arrest (CustodyEnds)
        Document d = doc().paragraph(ARRESTS).paragraph(released).date("Saturday", "2024-03-09", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "other")).containsExactly(released);
    }

    @Test
    void aReleaseReachedByATimeIsNoNewAct() {
        // events60: "by" and a time tell how things stood then, not a release on a day of its own
        String byMorning = "All fourteen had been released on bail by Saturday morning, the police said.";
        Document d = doc().paragraph(ARRESTS).paragraph(byMorning).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void aReleaseByTheAuthoritiesStaysAnAct() {
        String byPolice = "Six of the fishermen were released by the coast guard on Saturday.";
        Document d = doc().paragraph(ARRESTS).paragraph(byPolice).date("Saturday", "2024-03-09", DatePrecision.DAY).build();
        assertThat(sentencesOf(d, "other")).containsExactly(byPolice);
    }

    @Test
    void thoseDetainedTakenSomewhereIsTheArrestToldOn() {
        // events60: the people a told arrest held, moved on, are no new arrest
        String taken = "Those detained were taken to police stations across the district.";
        Document d = doc().paragraph(ARRESTS).paragraph(taken).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ARRESTS);
    }

    @Test
    void whatBecameOfThoseHeldIsNoNewAct() {
        String convicted = "Of those, nine have been convicted, and their fines have ranged from 200 to 900 euros.";
        Document d = doc().paragraph(ARRESTS).paragraph(convicted).build();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void thoseOpeningASentenceWithoutToldArrestsStayActs() {
        String convicted = "Of those, nine have been convicted, and their fines have ranged from 200 to 900 euros.";
        Document d = doc().paragraph(convicted).build();
        assertThat(sentencesOf(d, "other")).containsExactly(convicted);
    }
}
