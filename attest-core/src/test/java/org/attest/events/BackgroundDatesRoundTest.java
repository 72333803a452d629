package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round evdates2: dates of background phrases that must not date the sentence's news. Invented
 * sentences.
 */
class BackgroundDatesRoundTest {

    @Test
    void aYearAfterAnAdjectiveStillNamesItsNoun() {
        // "a disputed 2005 vote" says which vote; the arrests are the report's news
        Document d = TestDocs.doc().published("2021-03-08")
                .paragraph("Two opposition leaders have been arrested, raising fears of the unrest that followed a disputed 2005 vote.")
                .date("2005", "2005", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .isNotEmpty().doesNotContain("2005");
    }

    @Test
    void aStretchSinceAYearEndsWithItsClause() {
        // "in office since 1994 and critics say he is jailing rivals": 1994 is when the rule began
        Document d = TestDocs.doc().published("2021-03-08")
                .paragraph("The governor has been in office since 1994 and critics say he is arresting rivals before the vote.")
                .date("1994", "1994", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .isNotEmpty().doesNotContain("1994");
    }

    @Test
    void sinceADayStillDatesTheCountAfterIt() {
        Document d = TestDocs.doc().published("2021-03-08")
                .paragraph("Since Monday, police have arrested 300 people in the port city.")
                .date("Monday", "2021-03-08", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsExactly("2021-03-08");
    }

    @Test
    void monthsAfterAClauseItsDateIsNotTheEvents() {
        // "four months after the president took office in March": the detentions are not of March
        Document d = TestDocs.doc().published("2021-07-21")
                .paragraph("Dockers marched in the port on Monday.")
                .paragraph("Police detained 30 students four months after the president took office in March.")
                .date("Monday", "2021-07-19", DatePrecision.DAY).date("March", "2021-03", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .isNotEmpty().doesNotContain("2021-03");
    }
}
