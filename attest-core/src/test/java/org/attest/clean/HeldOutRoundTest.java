package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Datelines of a fresh held-out set of Iran reports: a numeric date that reads both ways
 * ("11/12/2021") is settled by the weekday the line names before it, when only one reading falls
 * on that weekday.
 */
class HeldOutRoundTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void theWeekdaySettlesANumericDateline() {
        // 5 March 2024 is a Tuesday, 3 May 2024 a Friday
        assertThat(DATES.dateline("Heading of the page\n\nTuesday, 03/05/2024\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(DATES.dateline("Heading of the page\n\nFriday, 03/05/2024\n\nCrowds gathered."))
                .isEqualTo(LocalDate.of(2024, 5, 3));
    }

    @Test
    void withoutAWeekdayOrWithOneNeitherReadingFitsItStaysUnread() {
        assertThat(DATES.dateline("Heading of the page\n\n03/05/2024\n\nCrowds gathered.")).isNull();
        assertThat(DATES.dateline("Heading of the page\n\nSunday, 03/05/2024\n\nCrowds gathered.")).isNull();
    }
}
