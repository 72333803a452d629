package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * An undated report whose heading lines end in a month dateline ("Kestel – Free Youth, March
 * 2021") is of that month: its undated lead takes the month, not an old day its first paragraphs
 * recall ({@link org.attest.dates.MonthDatelines}). Invented reports.
 */
class MonthDatelinesTest {
    private static final String TITLE = "Free Youth Burn Banners on Anniversary of the Flood\n\n";
    private static final String LEAD = "On the tenth anniversary of the flood, activists in Kestel set fire to banners of the governor.\n\n"
            + "The flood, which struck the valley on 12 March 2011, destroyed 300 homes.\n\n"
            + "Activists also painted slogans on the walls of the town hall in Varnel.";

    @Test
    void aMonthDatelineAboveTheBodyDatesItsUndatedLead() {
        String text = TITLE + "Kestel – Free Youth, March 2021\n\n" + LEAD;
        assertThat(datesOf(events(text, null), "protest")).containsOnly("2021-03");
    }

    @Test
    void aCaptionsMonthIsNoDateline() {
        String text = TITLE + "Picture: Kestel, March 2021\n\n" + LEAD;
        assertThat(datesOf(events(text, null), "protest")).doesNotContain("2021-03");
    }

    @Test
    void aHeadlineWithAMonthIsNoDateline() {
        String text = TITLE + "Slogans spread to Varnel in March 2021\n\n" + LEAD;
        assertThat(datesOf(events(text, null), "protest")).doesNotContain("2021-03");
    }
}
