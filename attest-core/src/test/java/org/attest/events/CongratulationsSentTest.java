package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** Congratulations sent or phoned to a winner are a statement, as a message of congratulation is. Invented sentences. */
class CongratulationsSentTest {

    @Test
    void congratulationsSentAreAStatement() {
        assertThat(types("The presidents of Dorvik and Pellan sent congratulations to the new prime minister."))
                .contains("statement");
    }

    @Test
    void aCallToCongratulateIsAStatement() {
        assertThat(types("Several foreign leaders called to congratulate the winner of the Tamsel runoff."))
                .contains("statement");
        assertThat(types("The king phoned to congratulate the new mayor of Varna."))
                .contains("statement");
    }
}
