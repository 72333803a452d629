package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A year-less dateline takes the year of a full date its lead names a few weeks before it, ahead of the copyright year. */
class LeadYearsTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void aLeadDateAFewWeeksBeforeTheDatelineGivesItsYear() {
        String text = "Strike enters second week\n"
                + "VELMORA, March 9 (Northwind Press) - Dock workers stayed off the job on Monday.\n"
                + "The stoppage began on February 27, 2019, after the port cut night-shift pay.";
        assertThat(DATES.dateline(text, () -> 2024)).isEqualTo(LocalDate.of(2019, 3, 9));
        String dayFirst = "Strike enters second week\n"
                + "VELMORA, 9 March (Northwind Press) - Dock workers stayed off the job.\n"
                + "The stoppage began on 27 February 2019.";
        assertThat(DATES.dateline(dayFirst, () -> 2024)).isEqualTo(LocalDate.of(2019, 3, 9));
    }

    @Test
    void aLeadDateLateInDecemberDatesAJanuaryDatelineInTheNextYear() {
        String text = "VELMORA, January 6 (Northwind Press) - Sit-ins went on.\nThey began on December 28, 2020.";
        assertThat(DATES.dateline(text, () -> 2025)).isEqualTo(LocalDate.of(2021, 1, 6));
    }

    @Test
    void aBackgroundDateFarBeforeTheDatelineLeavesTheCopyrightYear() {
        String text = "VELMORA, October 12 (Northwind Press) - Police detained nine people.\n"
                + "One of them had been fined on May 3, 2019 for a post.";
        assertThat(DATES.dateline(text, () -> 2023)).isEqualTo(LocalDate.of(2023, 10, 12));
        // a date after the dateline's day in its year is no lead-up to it
        String after = "VELMORA, October 12 (Northwind Press) - Police detained nine.\nA hearing is set for October 20, 2019.";
        assertThat(DATES.dateline(after, () -> 2023)).isEqualTo(LocalDate.of(2023, 10, 12));
    }
}
