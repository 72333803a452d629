package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** A win celebrated in the streets is a gathering of supporters (rally), no protest. Invented sentences. */
class VictoryCelebrationsTest {

    @Test
    void celebratoryProcessionsAreARally() {
        assertThat(types("In Dorva, celebratory processions of the mayor's backers wound through the old town on Sunday night."))
                .contains("rally").doesNotContain("protest");
    }

    @Test
    void supportersCelebratingInTheSquareAreARally() {
        assertThat(types("Supporters of the new president celebrated in the central square of Varna, waving flags."))
                .contains("rally");
        assertThat(types("Hundreds of young people danced in the streets of Tamsel after the result was announced."))
                .contains("rally");
    }

    @Test
    void aHolidayCelebratedIsNoRally() {
        assertThat(types("Families celebrated the national holiday in the main square of Varna.")).doesNotContain("rally");
    }

    @Test
    void aMarchingProcessionStaysAProtest() {
        assertThat(types("Students brought out a procession against the fee rise in Dorva.")).contains("protest");
    }
}
