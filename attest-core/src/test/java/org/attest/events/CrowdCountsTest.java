package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A later sentence that counts a crowd of its own is a protest of its own, not the first telling
 * again; a figure of vehicles leaves it a retelling (round protest29). All sentences are invented
 * for these tests.
 */
class CrowdCountsTest {

    @Test
    void aSourcesCountOfMarchersIsAProtestOfItsOwn() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Dock workers took to the streets across the country on Tuesday against the pay freeze.")
                .paragraph("The labour ministry said 4,000 people had marched in the port towns.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .quantity("4,000 people", 4000, "people").build();
        assertThat(TestDocs.sentencesOf(d, "protest")).hasSize(2);
    }

    @Test
    void aCountOfVehiclesLeavesTheProtestToldAgain() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Farmers took to the streets across the country on Tuesday against the fuel tax.")
                .paragraph("They marched beside 300 tractors.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .quantity("300 tractors", 300, "tractors").build();
        assertThat(TestDocs.sentencesOf(d, "protest")).hasSize(1);
    }

    @Test
    void aCountOfPeopleJoinedByAndIsACrowdOfItsOwn() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Dock workers took to the streets across the country on Tuesday against the pay freeze.")
                .paragraph("Outside the ministry, about 90 workers and relatives staged a sit-down protest.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .quantity("90 workers and relatives", 90, "workers and relatives").build();
        assertThat(TestDocs.sentencesOf(d, "protest")).hasSize(2);
        Document things = TestDocs.doc().published("2025-03-12")
                .paragraph("Dock workers took to the streets across the country on Tuesday against the pay freeze.")
                .paragraph("Outside the ministry, they staged a protest with 90 cranes and trucks.")
                .date("Tuesday", "2025-03-11", DatePrecision.DAY)
                .quantity("90 cranes and trucks", 90, "cranes and trucks").build();
        assertThat(TestDocs.sentencesOf(things, "protest")).hasSize(1);
    }
}
