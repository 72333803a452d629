package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The charge laid on people the sentence arrests is part of the arrest, no statement. All sentences are invented. */
class ChargesOnArrestTest {

    @Test
    void anAccusationOfThoseJustArrestedIsNoStatement() {
        assertThat(TestDocs.types("Police arrested four fishermen in Galway on Monday and accused them of blocking the harbour."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void anOfficialWhoAccusesWithNoArrestStillSpeaks() {
        assertThat(TestDocs.types("The interior minister accused the opposition of organising the riots."))
                .contains("statement");
    }
}
