package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Measures made known, round stmt28 (6 December 2026, invented sentences): a cabinet
 * dismissed, troops sent in are statements (other81 types a resignation `other`) (other40 moved curfews, emergency rule and schools closed
 * back to {@code other}); a court's sentence, a conviction or the internet cut stays
 * {@code other}.
 */
class MeasuresMadeKnownTest {

    @Test
    void resignationsDismissalsAndDeploymentsAreStatements() {
        // other40: curfews and emergency rule are measures, typed other (MeasuresAreOtherTest)
        // other81: a resignation is an act, typed `other` (ev117, ev118 gold)
        assertThat(types("The transport minister resigned on Monday after the ferry disaster.")).containsExactly("other");
        assertThat(types("The president dismissed his whole cabinet late on Friday.")).containsExactly("statement");
        assertThat(types("Soldiers were deployed to the northern mining towns overnight.")).containsExactly("statement");
    }

    @Test
    void sentencesConvictionsAndCutsStayOther() {
        assertThat(types("A court in Lenmark sentenced two dockers to six years in prison.")).containsExactly("other");
        assertThat(types("Mobile internet was cut in the delta towns for a day.")).containsExactly("other");
        assertThat(types("Three valley towns were placed under martial law in the spring.")).containsExactly("other");
    }

    @Test
    void aMeasureToldOfTheSpeakerSilencesNoDatedSpeech() {
        // the resignation between commas is told of the speaker; what she said on Tuesday is news too
        List<Event> events = DatedReports.events("""
                Port strike

                Orla Venn, who resigned as harbour minister in May, said on Tuesday that the port would reopen within a week.
                """, "2026-09-10");
        // other81: the resignation is typed `other`
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2026-05");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2026-09-08");
        // a demand for a resignation is none
        assertThat(types("Dockers demanded the resignation of the harbour minister.")).doesNotContain("statement", "other");
    }
}
