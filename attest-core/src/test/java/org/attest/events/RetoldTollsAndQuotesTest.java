package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Re-told events, second round (3 December 2026, invented sentences): a quote going over a told
 * event with its day, a source's count of a told event, and a told protest's crowd policed at a
 * place it already had.
 */
class RetoldTollsAndQuotesTest {

    @Test
    void aQuoteGoingOverAToldKillingByItsDayIsNoNewKilling() {
        Document byDay = TestDocs.doc().published("2024-05-08")
                .paragraph("At least nine people were killed when police fired on marchers in Dorvana.")
                .paragraph("The rapporteur said: \u201cWe are appalled by the killings on Tuesday of at least nine people in the streets.\u201d")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(byDay, "killing")).hasSize(1);
        // a year in the quote counts a stretch: news of its own
        Document byYear = TestDocs.doc().published("2024-05-08")
                .paragraph("At least nine people were killed when police fired on marchers in Dorvana.")
                .paragraph("The rapporteur said: \u201cWe note that at least 300 people were killed in 2023 by the security forces.\u201d")
                .date("2023", "2023", DatePrecision.YEAR)
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(byYear, "killing")).hasSize(2);
    }

    @Test
    void aSourcesCountOfAToldKillingFoldsIntoIt() {
        Document same = TestDocs.doc().published("2024-05-08")
                .paragraph("At least nine people were killed in clashes in Dorvana on Tuesday.")
                .paragraph("The Interior Ministry said 12 people were killed in the clashes.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("nine people", 9).quantity("12 people", 12).build();
        assertThat(sentencesOf(same, "killing")).hasSize(1);
        // thousands after three are a wider event; a count "since" a day is a running toll; a new town a new event
        Document wider = TestDocs.doc().published("2024-05-08")
                .paragraph("Three students were arrested in Dorvana on Tuesday.")
                .paragraph("The monitor said thousands of people were arrested across the country.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("Three students", 3).quantity("thousands of people", 2000).build();
        assertThat(sentencesOf(wider, "arrest")).hasSize(2);
        Document running = TestDocs.doc().published("2024-05-08")
                .paragraph("At least nine people were killed in clashes in Dorvana on Tuesday.")
                .paragraph("Since then, 14 people have been killed, the group said.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("nine people", 9).quantity("14 people", 14).build();
        assertThat(sentencesOf(running, "killing")).hasSize(2);
        Document newTown = TestDocs.doc().published("2024-05-08")
                .paragraph("At least nine people were killed in clashes in Dorvana on Tuesday.")
                .paragraph("The Interior Ministry said 12 people were killed in Kelmar.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).place("Kelmar", 9102)
                .quantity("nine people", 9).quantity("12 people", 12).build();
        assertThat(sentencesOf(newTown, "killing")).hasSize(2);
    }

    @Test
    void aToldProtestsCrowdPolicedAtAPlaceItAlreadyHadIsNoNewProtest() {
        Document told = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of teachers protested over pay in Dorvana on Tuesday.")
                .paragraph("Police used batons to disperse the protesters in several parts of Dorvana.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).place("Dorvana", 9101).build();
        assertThat(sentencesOf(told, "protest")).hasSize(1);
        Document elsewhere = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of teachers protested over pay in Dorvana on Tuesday.")
                .paragraph("Police used batons to disperse the protesters in several parts of Kelmar.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(elsewhere, "protest")).hasSize(2);
    }
}
