package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A caption that dates its event to a day of its own tells an event of that day, even beside a
 * body paragraph with an event of its type on that day or another; an election, one per report,
 * is the body's. All lines are invented for these tests.
 */
class DatedCaptionTest {

    @Test
    void aCaptionOfAnotherDayIsAnEventOfItsOwn() {
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("Students clash with riot police in Dunmore on March 5, 2024")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 5, 2024", "2024-03-05", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest"))
                .extracting(e -> e.date()).containsExactlyInAnyOrder("2024-03-05", "2024-03-08");
    }

    @Test
    void aCaptionOfTheBodysDayIsAnEventOfItsOwnToo() {
        // a wire photograph's caption shows a moment of that day, counted beside the body's telling (evfn20)
        Document d = TestDocs.doc().published("2024-03-09")
                .caption("Students clash with riot police in Dunmore on March 8, 2024")
                .paragraph("Thousands of students marched through Dunmore on Friday.")
                .date("March 8, 2024", "2024-03-08", DatePrecision.DAY)
                .date("Friday", "2024-03-08", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("protest")).hasSize(2);
    }

    @Test
    void aCaptionNamingTheReportsVoteSumsItUp() {
        // an election is one per report: a caption dating it is the body's vote, no second one
        Document d = TestDocs.doc().published("2024-03-12")
                .caption("Voters queue at a school in Dunmore during the presidential election on March 10, 2024")
                .paragraph("The presidential election was held on Sunday amid heavy rain.")
                .date("March 10, 2024", "2024-03-10", DatePrecision.DAY)
                .date("Sunday", "2024-03-10", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).filteredOn(e -> e.type().equals("election")).hasSize(1);
    }
}
