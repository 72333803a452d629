package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Two dates of one precision joined by a bare "and" span one happening, as a range does (round
 * events93): "a strike on 16 and 17 May" is one strike, dated by its first day. Invented lines.
 */
class PairedDatesTest {
    @Test
    void aStrikeOnTwoDaysJoinedByAndIsOneStrike() {
        Document d = TestDocs.doc().published("2024-05-20")
                .paragraph("Shopkeepers in Dunmore observed a general strike on 16 and 17 May.")
                .date("16", "2024-05-16", DatePrecision.DAY)
                .date("17 May", "2024-05-17", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactly("2024-05-16");
    }

    @Test
    void arrestsInTwoMonthsJoinedByAndAreOneEvent() {
        Document d = TestDocs.doc().published("2024-09-20")
                .paragraph("More than 60 nurses were detained across the country in May and June.")
                .date("May", "2024-05", DatePrecision.MONTH)
                .date("June", "2024-06", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("arrest"))
                .extracting(e -> e.date()).containsExactly("2024-05");
    }

    @Test
    void twoMonthsEachWithItsYearAreTwoEvents() {
        Document d = TestDocs.doc().published("2024-09-20")
                .paragraph("Teachers joined sit-ins in December 2022 and January 2023 in more than 40 towns.")
                .date("December 2022", "2022-12", DatePrecision.MONTH)
                .date("January 2023", "2023-01", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactlyInAnyOrder("2022-12", "2023-01");
    }
}
