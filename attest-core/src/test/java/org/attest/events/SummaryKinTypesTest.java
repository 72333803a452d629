package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * A credited line or heading beside a body paragraph that tells the same happening with a word of a
 * kindred type gives no second event (round events93): "gathered for the annual rally" over a march,
 * prisoners "killed" over prisoners executed. All lines are invented.
 */
class SummaryKinTypesTest {
    @Test
    void aCreditedLineOfARallyBesideTheBodysMarchGivesNoEvent() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Teachers in the capital")
                .caption("(Valley Wire): Teachers from across the province gathered in Dunmore for the annual Unity rally.")
                .paragraph("Thousands of teachers marched through Dunmore on Saturday, March 9, 2024.")
                .date("Saturday, March 9, 2024", "2024-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).containsExactly("protest");
    }

    @Test
    void aCreditedLineOfKillingsBesideTheBodysExecutionsGivesNoEvent() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Remembering the prisoners")
                .caption("(Valley Wire): Guards killed dozens of prisoners at Dunmore jail in 1990.")
                .paragraph("Hundreds of prisoners were executed at Dunmore jail in the summer of 1990.")
                .date("1990", "1990", DatePrecision.YEAR)
                .date("1990", "1990", DatePrecision.YEAR).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).containsExactly("execution");
    }

    @Test
    void aCreditedLineOfAnotherKindStaysAnEvent() {
        Document d = TestDocs.doc().published("2024-03-10")
                .heading("Teachers in the capital")
                .caption("(Valley Wire): Police detained dozens of teachers in Dunmore.")
                .paragraph("Thousands of teachers marched through Dunmore on Saturday, March 9, 2024.")
                .date("Saturday, March 9, 2024", "2024-03-09", DatePrecision.DAY).build();
        assertThat(TestDocs.events(d)).extracting(e -> e.type()).contains("arrest", "protest");
    }
}
