package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
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

    @Test
    void crowdsFloodingTheStreetsProtest() {
        assertThat(TestDocs.types("Supporters of the opposition flooded the capital's streets again on Thursday."))
                .contains("protest");
        assertThat(TestDocs.types("Heavy rain flooded the streets of the old town on Thursday.")).doesNotContain("protest");
    }

    @Test
    void clashesInAParagraphAboutProtestsAreProtests() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("The imam urged the faithful not to join the marches.", "Clashes broke out near the mosque in Tarvo on Monday night.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).build();
        assertThat(TestDocs.sentencesOf(d, "protest")).anyMatch(s -> s.startsWith("Clashes broke out"));
        assertThat(TestDocs.types("Clashes between rival clans broke out near the mosque on Monday night.")).doesNotContain("protest");
    }
}
