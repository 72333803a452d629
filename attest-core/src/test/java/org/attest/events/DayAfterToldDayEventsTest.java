package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates a careful reader gives without doubt (dates27 regression guards): "on Friday, a day after
 * X" dates X the Thursday; "the 2019 election" is dated 2019 whatever other year the sentence has.
 */
class DayAfterToldDayEventsTest {

    @Test
    void killingTheDayBeforeTheToldWeekday() {
        var events = DatedReports.events("Police fired tear gas at hundreds of protesters in the square on Friday, "
                + "a day after six people were killed in clashes near the mine.", "2025-03-10");
        assertThat(DatedReports.datesOf(events, "killing")).containsExactly("2025-03-06");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2025-03-07");
    }

    @Test
    void marchTwoDaysBeforeTheToldDate() {
        var events = DatedReports.events("Riot police detained forty students on 14 February, "
                + "two days after thousands marched through the capital.", "2025-03-10");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2025-02-12");
    }

    @Test
    void marchNamedByItsNounTheDayBefore() {
        var events = DatedReports.events("Thousands of dockers marched on the harbour office on Friday, "
                + "a day after a general strike closed the port.", "2025-03-10");
        // the strike is an event of its own (`other`), the day before the march
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2025-03-07");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2025-03-06");
    }

    @Test
    void backgroundYearOfItsOwnNoun() {
        var events = DatedReports.events("In 2023 thousands marched in the capital, saying the 2019 election was stolen.", "2025-03-10");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2023");
        assertThat(DatedReports.datesOf(events, "election")).containsExactly("2019");
    }
}
