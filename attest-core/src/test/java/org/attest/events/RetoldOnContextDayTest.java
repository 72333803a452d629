package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round evfp20 (4 December 2026, night; invented sentences): a later sentence dated only by its
 * paragraph or lead goes over the protest (or attack) told on that day, as the gold counts one
 * event per happening, unless it names a town of its own or says it is another.
 */
class RetoldOnContextDayTest {

    private static Document dayOfClashes(String later) {
        return TestDocs.doc().published("2024-03-12")
                .paragraph("On 11 March, students clashed with police outside the assembly in Dorvana.")
                .paragraph(later)
                .date("11 March", "2024-03-11", DatePrecision.DAY).place("Dorvana", 9101).build();
    }

    @Test
    void aLaterSentenceDatedByTheLeadTellsTheDaysProtestAgain() {
        Document d = dayOfClashes("Despite the rain, thousands of students gathered outside the assembly, demanding the minister's resignation.");
        assertThat(sentencesOf(d, "protest")).hasSize(1);
        Document clashes = dayOfClashes("Clashes intensified when demonstrators pushed over the metal barriers.");
        assertThat(sentencesOf(clashes, "protest")).hasSize(1);
        // "new" before another noun says nothing of the protest: it is still the day's one
        Document allowance = dayOfClashes("Protesters condemned a new housing allowance for the deputies.");
        assertThat(sentencesOf(allowance, "protest")).hasSize(1);
    }

    @Test
    void aLaterSentenceWithItsOwnTownOrAnotherProtestIsNewsOfItsOwn() {
        Document town = TestDocs.doc().published("2024-03-12")
                .paragraph("On 11 March, students clashed with police outside the assembly in Dorvana.")
                .paragraph("In Kelmar, thousands of students gathered outside the town hall.")
                .date("11 March", "2024-03-11", DatePrecision.DAY).place("Dorvana", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(town, "protest")).hasSize(2);
        Document another = dayOfClashes("A second protest gathered outside the university.");
        assertThat(sentencesOf(another, "protest")).hasSize(2);
    }
}
