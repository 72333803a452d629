package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A round-up of places ("In Kest, ...") after a lead that tells the news on one day and the day it
 * was reported on another ("detained 30 people on Tuesday night ..., the ministry said on
 * Wednesday") goes on with the day of the news; with only the reported day before it, that day.
 */
class RoundUpAfterReportedDayTest {
    private static final String ROUND_UP = "In Kest, police arrested 12 people at a fuel depot.\n";

    @Test
    void aRoundUpTakesTheNewsDayNotTheDayItWasReported() {
        assertThat(roundUpDates("Police in Norvald detained at least 30 people on Tuesday night after marchers clashed "
                + "with supporters of the governor, the interior ministry said on Wednesday.\n\n"))
                .isNotEmpty().allMatch("2025-03-11"::equals);
    }

    @Test
    void withOnlyTheReportedDayTheRoundUpTakesIt() {
        assertThat(roundUpDates("Marches spread across the north, the interior ministry said on Wednesday.\n\n"))
                .isNotEmpty().allMatch("2025-03-12"::equals);
    }

    /** The dates of the round-up's events after {@code lead}, in a report of Friday 14 March 2025. */
    private static List<String> roundUpDates(String lead) {
        List<Event> events = DatedReports.events(lead + ROUND_UP, "2025-03-14");
        return events.stream().filter(e -> e.span().start() >= lead.length()).map(Event::date).toList();
    }
}
