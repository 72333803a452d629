package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Rallies that are street protests, and a rally that saw arrests. All sentences are invented. */
class RallyAsProtestTest {

    @Test
    void anUnsanctionedRallyIsAProtest() {
        assertThat(TestDocs.types("Hundreds gathered for an unsanctioned rally in the old square on Saturday."))
                .contains("protest").doesNotContain("rally");
    }

    @Test
    void ralliesCallingForAFallAreProtests() {
        assertThat(TestDocs.types("Two towns saw big rallies on Tuesday calling for the resignation of the cabinet."))
                .contains("protest").doesNotContain("rally");
    }

    @Test
    void aRallyThatSawArrestsIsAProtestBesideThem() {
        assertThat(TestDocs.types("Police arrested nine people during a rally against the mining law on Friday."))
                .containsExactlyInAnyOrder("arrest", "protest");
    }
}
