package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Events found at the right sentence with the wrong type or date (ev26 round). All sentences are
 * invented for these tests.
 */
class EventNearMissTest {

    @Test
    void ralliesInAParagraphOfProtestsAreProtests() {
        Document d = TestDocs.doc().paragraph(
                "Students marched at two universities, and protesters clashed with police downtown.",
                "Rallies were also held in two provincial towns.").build();
        assertThat(TestDocs.sentencesOf(d, "protest")).contains("Rallies were also held in two provincial towns.");
        assertThat(TestDocs.sentencesOf(d, "rally")).isEmpty();
    }

    @Test
    void aRallyWithoutProtestsStaysARally() {
        Document d = TestDocs.doc().paragraph(
                "The ruling party held rallies in two provincial towns ahead of the vote.").build();
        assertThat(TestDocs.sentencesOf(d, "rally")).hasSize(1);
    }

    @Test
    void aCoupToldAsNewsIsOther() {
        assertThat(TestDocs.types("Generals seized power in the capital overnight.")).contains("other");
        assertThat(TestDocs.types("Strikes have spread to the mines since a coup in the spring.")).contains("other");
    }

    @Test
    void aCoupProtestedAgainstIsNoEventOfItsOwn() {
        assertThat(TestDocs.types("Students marched against a coup in the capital.")).containsExactly("protest");
        assertThat(TestDocs.types("Students marched against the coup in the capital.")).containsExactly("protest");
    }
}
