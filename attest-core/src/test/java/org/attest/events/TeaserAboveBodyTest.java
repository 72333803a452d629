package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A credited teaser line set above a report's first body paragraph sums up the whole story, as a deck
 * does (round events98): its event is dropped when any body paragraph tells that type, not only the
 * paragraph next to it. All lines are invented.
 */
class TeaserAboveBodyTest {
    @Test
    void aTeaserOfExecutionsToldTwoParagraphsDownGivesNoEvent() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Exiles march in Dunmore")
                .caption("(Valley Wire): Exiles in Dunmore protest the first hangings of detained strikers.")
                .paragraph("Some 900 exiles marched through Dunmore on Saturday, March 9, 2024.")
                .date("Saturday, March 9, 2024", "2024-03-09", DatePrecision.DAY)
                .paragraph("The march came after authorities hanged two strikers in the capital in February 2024.")
                .date("February 2024", "2024-02", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).containsOnlyOnce("execution");
    }

    @Test
    void aTeaserOfSomethingTheBodyNeverTellsStays() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Exiles march in Dunmore")
                .caption("(Valley Wire): Police detained dozens of exiles in Dunmore.")
                .paragraph("Some 900 exiles marched through Dunmore on Saturday, March 9, 2024.")
                .date("Saturday, March 9, 2024", "2024-03-09", DatePrecision.DAY)
                .paragraph("The march came after authorities hanged two strikers in the capital in February 2024.")
                .date("February 2024", "2024-02", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).contains("arrest");
    }

    @Test
    void aTeaserThatDatesItsOwnHappeningStays() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Exiles march in Dunmore")
                .caption("(Valley Wire): Exiles protest the hangings of two strikers in February 2024.")
                .date("February 2024", "2024-02", DatePrecision.MONTH)
                .paragraph("Some 900 exiles marched through Dunmore on Saturday, March 9, 2024.")
                .date("Saturday, March 9, 2024", "2024-03-09", DatePrecision.DAY)
                .paragraph("The march came after authorities hanged two strikers in the capital in February 2024.")
                .date("February 2024", "2024-02", DatePrecision.MONTH).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).containsSubsequence("execution", "protest", "execution");
    }
}
