package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.doc;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Custody that goes on (round prec31, invented sentences): after the report told the arrests,
 * "two remain in custody" counts those still held and is no second arrest; told alone, custody
 * that goes on is the report's arrest.
 */
class ContinuingStatesTest {
    private static final String ARRESTS = "Police arrested nine dock workers in Portvela after the strike on Monday.";

    @Test
    void thoseStillHeldAfterToldArrestsAreNoNewArrest() {
        String still = "Seven of them were released, and two remain in custody in the port's police station.";
        Document d = doc().paragraph(ARRESTS).paragraph(still).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ARRESTS);
    }

    @Test
    void aPretrialDetentionThatGoesOnIsNoNewArrest() {
        String still = "By the end of the month, four of the workers remained in pre-trial detention.";
        Document d = doc().paragraph(ARRESTS).paragraph(still).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(ARRESTS);
    }

    @Test
    void custodyToldAloneIsTheReportsArrest() {
        String alone = "Two union organisers remain in custody in the port city, their lawyers said.";
        Document d = doc().paragraph(alone).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly(alone);
    }
}
