package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * "Police said 5 people were detained there": a count of arrests at the town the sentence before
 * named is that town's arrests, not a source's count of the nationwide arrests told before; the
 * existential "there were" names no place. Invented sentences.
 */
class PlacePointersTest {

    private static Document report(String last) {
        return TestDocs.doc().published("2025-04-10")
                .paragraph("Students marched in Dorvan and Kelmar on Tuesday against the fee rise.")
                .paragraph("Police arrested 40 people nationwide on Tuesday.")
                .paragraph("In Kelmar, about 2,000 students marched to the main square.")
                .paragraph(last)
                .date("Tuesday", "2025-04-08", DatePrecision.DAY).date("Tuesday", "2025-04-08", DatePrecision.DAY)
                .place("Dorvan", 9101).place("Kelmar", 9102).place("Kelmar", 9102)
                .quantity("40 people", 40, "people").quantity("2,000 students", 2000, "students")
                .quantity("5 people", 5, "people").build();
    }

    @Test
    void arrestsThereAreAtThePlaceTheSentenceBeforeNamed() {
        assertThat(TestDocs.sentencesOf(report("Police said 5 people were detained there."), "arrest")).hasSize(2);
    }

    @Test
    void anExistentialThereNamesNoPlace() {
        assertThat(TestDocs.sentencesOf(report("Police said there were 5 people detained."), "arrest")).hasSize(1);
    }
}
