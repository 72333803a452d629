package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Points of comparison farther from their date ({@link ComparedDates}), met in crowd counts of
 * strike days and in tolls: "against 26,000 on January 19", "surpassing the 67 deaths reported
 * on July 19", "more than the last day of action on Saturday" date the figure compared, not the
 * event; "more than 100 on Friday" is a count's qualifier, and Friday dates the arrests. Invented
 * sentences and places; the round's other rules are in the other {@code QuantityDatePlaceLatAm*Test}.
 */
class QuantityDatePlaceLatAmEventsTest {

    @Test
    void aDateAfterAFigureSetAgainstAnotherIsAPointOfComparison() {
        Document d = TestDocs.doc().published("2024-02-07")
                .paragraph("In Velia the prefecture counted 31,000 demonstrators, against 24,000 on January 21.")
                .date("January 21", "2024-01-21", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::date).containsOnly("2024-02-07"); // the report's month, not January 21
    }

    @Test
    void aTollSurpassingAnEarlierDaysIsNotDatedByThatDay() {
        Document d = TestDocs.doc().published("2024-08-05")
                .paragraph("The toll of at least 80 killed was the highest yet, surpassing the 60 deaths reported on July 19.")
                .date("July 19", "2024-07-19", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("killing")).extracting(Event::date)
                .containsOnly("2024-08-05"); // the report's month, not July 19
    }

    @Test
    void aDayInsideANounPhraseAfterThanTheIsAPointOfComparison() {
        Document d = TestDocs.doc().published("2024-02-07")
                .paragraph("Some 40,000 people marched in Velia on Tuesday, more than the last day of action on Saturday.")
                .date("Tuesday", "2024-02-06", DatePrecision.DAY)
                .date("Saturday", "2024-02-03", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::date).containsExactly("2024-02-06");
    }

    @Test
    void thanBeforeAFigureIsAQualifierNotAComparison() {
        Document d = TestDocs.doc().published("2024-02-07")
                .paragraph("Police detained more than 100 on Friday in Velia, a rights group said.")
                .date("Friday", "2024-02-02", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::date).containsExactly("2024-02-02");
    }

    @Test
    void aCommaClosesTheComparedPhraseAndAgainstWithNoFigureComparesNothing() {
        Document d = TestDocs.doc().published("2024-02-07")
                .paragraph("Turnout was lower than the capital's, and farmers marched on Saturday.")
                .date("Saturday", "2024-02-03", DatePrecision.DAY)
                .build();
        assertThat(events(d)).extracting(Event::date).containsExactly("2024-02-03");
        Document against = TestDocs.doc().published("2024-02-07")
                .paragraph("Thousands marched against the pension law in Velia on Saturday.")
                .date("Saturday", "2024-02-03", DatePrecision.DAY)
                .build();
        assertThat(events(against)).extracting(Event::date).containsExactly("2024-02-03");
    }
}
