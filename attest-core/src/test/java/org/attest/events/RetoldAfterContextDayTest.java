package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Round evfp22 (4 December 2026, night; invented sentences): a protest that took its day from the
 * lead is the day's protest as much as one whose sentence named the day, so a later sentence on
 * that day, at no town of its own, goes over it again: the reason the marchers had, the crowd
 * shot at that morning, the day named again.
 */
class RetoldAfterContextDayTest {

    /** A lead that dates the day, then a march that takes the day from it, then {@code later}. */
    private static Document marchOfTheDay(String later) {
        return TestDocs.doc().published("2024-03-13")
                .paragraph("The assembly in Dorvana debated the new tuition fees on Tuesday.")
                .paragraph("Thousands of students marched to the assembly, chanting against the minister.")
                .paragraph(later)
                .date("Tuesday", "2024-03-12", DatePrecision.DAY).place("Dorvana", 9101).build();
    }

    @Test
    void aReasonGivenLaterIsNoSecondProtest() {
        Document d = marchOfTheDay("They protested because the fees would double for foreign students.");
        assertThat(sentencesOf(d, "protest")).hasSize(1);
    }

    @Test
    void theDayNamedAgainIsNoSecondProtest() {
        Document d = marchOfTheDay("On Tuesday, demonstrations were held outside the assembly.");
        assertThat(sentencesOf(d, "protest")).hasSize(1);
    }

    @Test
    void aTownOfItsOwnOrAnotherProtestStillCounts() {
        Document town = TestDocs.doc().published("2024-03-13")
                .paragraph("The assembly in Dorvana debated the new tuition fees on Tuesday.")
                .paragraph("Thousands of students marched to the assembly, chanting against the minister.")
                .paragraph("In Kelmar, demonstrations were held outside the town hall on Tuesday.")
                .date("Tuesday", "2024-03-12", DatePrecision.DAY).place("Dorvana", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(town, "protest")).hasSize(2);
        Document another = marchOfTheDay("A second protest was held outside the university on Tuesday.");
        assertThat(sentencesOf(another, "protest")).hasSize(2);
    }
}
