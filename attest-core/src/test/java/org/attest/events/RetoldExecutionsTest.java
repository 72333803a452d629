package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): the victims of an execution told before, named again with
 * "the" and an appositive ("The men, identified as A and B, were executed at dawn"), with no date
 * of their own, are that execution told again; "two other prisoners were executed" is a new one.
 */
class RetoldExecutionsTest {
    @Test
    void theMenExecutedAreTheExecutionToldBefore() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("The authorities hanged two dock workers in the northern port on Tuesday, a rights group said.")
                .paragraph("The men, identified as Arno Velt and Piet Dorn, were executed at dawn in the city prison, the group said.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "execution"))
                .containsExactly("The authorities hanged two dock workers in the northern port on Tuesday, a rights group said.");
    }

    @Test
    void otherPrisonersExecutedAreANewExecution() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("The authorities hanged two dock workers in the northern port on Tuesday, a rights group said.")
                .paragraph("Two other prisoners were executed in the southern city on Monday, the group said.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .date("Monday", "2025-03-10", DatePrecision.DAY)
                .build();
        assertThat(sentencesOf(d, "execution")).hasSize(2);
    }
}
