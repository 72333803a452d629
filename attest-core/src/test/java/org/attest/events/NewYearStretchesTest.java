package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): "in late 2019 and early 2020" is one stretch across the new
 * year, and what happened in it is dated by its start; two years told apart ("in 2016 and 2019")
 * stay two.
 */
class NewYearStretchesTest {
    @Test
    void aStretchAcrossTheNewYearDatesByItsStart() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("The port was the centre of unrest in late 2019 and early 2020, when dozens of dockers were killed in clashes with troops.")
                .date("late 2019", "2019", DatePrecision.YEAR)
                .date("early 2020", "2020", DatePrecision.YEAR)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("killing")).map(Event::date)).containsExactly("2019");
    }

    @Test
    void twoYearsToldApartStayTwo() {
        Document d = TestDocs.doc().published("2025-03-12")
                .paragraph("Dockers held strikes at the port in 2016 and 2019.")
                .date("2016", "2016", DatePrecision.YEAR)
                .date("2019", "2019", DatePrecision.YEAR)
                .build();
        assertThat(events(d).stream().filter(e -> e.type().equals("other")).map(Event::date)).containsExactly("2016", "2019");
    }
}
