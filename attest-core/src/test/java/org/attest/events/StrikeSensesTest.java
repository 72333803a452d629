package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * "The strike" after a drone or air strike the report told is that attack, no walk-out (round
 * protest40, invented sentences); after a walk-out (here named in a heading, which gives no antecedent
 * for "the strike" to fold into) it stays a strike (`other`).
 */
class StrikeSensesTest {

    @Test
    void theStrikeAfterADroneStrikeIsNoProtest() {
        String condemned = "The provincial council condemned the strike as a massacre of civilians on Tuesday.";
        Document d = doc().published("2026-05-06")
                .paragraph("A drone strike hit a bus depot in Korvel on Monday, killing six people, medics said.")
                .paragraph(condemned).build();
        assertThat(sentencesOf(d, "protest")).isEmpty();
        assertThat(sentencesOf(d, "other")).isEmpty();
    }

    @Test
    void theStrikeAfterAWalkOutStaysAStrike() {
        String joined = "Thousands of bus drivers joined the strike on Monday, halting traffic across Korvel.";
        Document d = doc().published("2026-05-06")
                .paragraph("An air strike destroyed a fuel store near Korvel in March.")
                .heading("Bus drivers walk out in Korvel as the wage strike begins")
                .paragraph(joined).build();
        assertThat(sentencesOf(d, "other")).contains(joined);
    }
}
