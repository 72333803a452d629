package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt31 (invented sentences): offices and bodies that speak for themselves (a special
 * representative, a public defender, a prefect, a law society, a coalition named in an
 * apposition) make statements; what a speaker says its own body "would" hold or lead is an
 * announced march on its coming day, no hypothetical; and a body's undated present-tense call in
 * its own voice ("The X Forum calls on ...") is the release speaking, no statement of its own.
 */
class StatementSpeakersAndPlansTest {

    @Test
    void officesAndBodiesThatSpeakMakeStatements() {
        assertThat(types("UN special representative Ilse Maren said in Geneva that the bloc was ready to mediate."))
                .contains("statement");
        assertThat(types("Public Defender Ana Rusk said her office would look into all the complaints of ill-treatment."))
                .contains("statement");
        assertThat(types("Provincial prefect Juan Oros said the government should call a referendum in Corvan."))
                .contains("statement");
        assertThat(types("The Velmora Law Society said on Tuesday it had counted more than 40 abductions since May."))
                .contains("statement");
        assertThat(types("The Civic Room, a coalition of more than 30 citizen groups, said on Sunday that the count was flawed."))
                .contains("statement");
        // the body's supporters only attribute
        assertThat(types("Supporters of the coalition said the count was flawed.")).doesNotContain("statement");
    }

    @Test
    void aMarchABodySaysItWouldHoldIsAnnounced() {
        List<Event> events = DatedReports.events("Alliance spokesperson Mira Tal said the group would hold fresh "
                + "demonstrations in Corvan on Friday unless the tax was withdrawn.\n", "2026-04-15");
        assertThat(datesOf(events, "protest")).containsExactly("2026-04-17");
        List<Event> led = DatedReports.events("The farmers' federation announced on Tuesday that it would lead a march "
                + "from Corvan to the capital beginning on May 2.\n", "2026-04-15");
        assertThat(datesOf(led, "protest")).containsExactly("2026-05-02");
    }

    @Test
    void whatAnotherForceWouldDoStaysHypothetical() {
        assertThat(types("The minister said police would arrest anyone who blocked the bridge.")).doesNotContain("arrest");
    }

    @Test
    void aBodysPresentCallInItsOwnVoiceIsNoStatement() {
        assertThat(types("The Velmora Rights Forum calls on the authorities to free all those held for their opinions."))
                .doesNotContain("statement");
        assertThat(types("The Coastal Press Network (CPN) is alarmed by the raids and urges the ministry to stop them."))
                .doesNotContain("statement");
        // dated, or in the past, the call is news
        assertThat(types("The Velmora Rights Forum called on Monday on the authorities to free all those held."))
                .contains("statement");
        assertThat(types("The Velmora Rights Forum on Monday called on the authorities to free all those held."))
                .contains("statement");
        // a person's call in a live report stays a statement
        assertThat(types("Transport minister Ana Holt calls on the unions to end the blockade.")).contains("statement");
    }
}
