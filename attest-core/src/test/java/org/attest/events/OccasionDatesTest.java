package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round other25 (5 December 2026, invented sentences): an election is held on one occasion, so a
 * mention of it that the sentence gives several dates keeps the one nearest to it; the other is
 * the day of another clause (findings presented, rules published). Other types keep one event per date.
 */
class OccasionDatesTest {

    @Test
    void anElectionKeepsTheDateNearestToIt() {
        Document d = TestDocs.doc().published("2025-05-06")
                .paragraph("The observers today presented their findings on the elections held on Saturday, 3 May.")
                .date("today", "2025-05-06", DatePrecision.DAY)
                .date("Saturday, 3 May", "2025-05-03", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("election")).extracting(Event::date)
                .containsExactly("2025-05-03");
    }

    @Test
    void aDayOfAnotherClauseIsNotTheElectionsDay() {
        Document d = TestDocs.doc().published("2025-05-06")
                .paragraph("On Friday, the commission issued rules that could exclude the Green League, winner of the 2020 election by a landslide.")
                .date("On Friday", "2025-05-02", DatePrecision.DAY)
                .date("2020", "2020", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("election")).extracting(Event::date)
                .containsExactly("2020");
    }

    @Test
    void otherTypesKeepOneEventPerDate() {
        Document d = TestDocs.doc().published("2025-05-20")
                .paragraph("Dockers protested in Varn on 3 May and again on 9 May.")
                .date("3 May", "2025-05-03", DatePrecision.DAY)
                .date("9 May", "2025-05-09", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("protest")).extracting(Event::date)
                .containsExactlyInAnyOrder("2025-05-03", "2025-05-09");
    }
}
