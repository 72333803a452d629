package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch events64: fines and terms of administrative detention handed down are penalties, `other`
 * like a prison term, in invented sentences; a fine only threatened is none.
 */
class CourtPenaltiesTest {
    @Test
    void aFineHandedDownIsOther() {
        assertThat(TestDocs.types("A court in Velmar on Thursday fined the blogger 900 crowns over a video.")).containsExactly("other");
        assertThat(TestDocs.types("A pensioner from Ostrel was fined 300 crowns for sharing a post.")).containsExactly("other");
    }

    @Test
    void finesImposedAreOther() {
        assertThat(TestDocs.types("Judges imposed fines of 500 crowns on eleven drivers last week.")).containsExactly("other");
    }

    @Test
    void administrativeDetentionIsATermNotAnArrest() {
        assertThat(TestDocs.types("A district court sentenced four men to administrative detention on Monday."))
                .containsExactly("other");
    }

    @Test
    void aFineByGuardsIsNoPenaltyOfTheState() {
        assertThat(TestDocs.types("Stewards fined three spectators for throwing cups onto the pitch.")).isEmpty();
    }

    @Test
    void aThreatenedFineIsNone() {
        assertThat(TestDocs.types("Shop owners could be fined for opening on the holiday.")).isEmpty();
    }
}
