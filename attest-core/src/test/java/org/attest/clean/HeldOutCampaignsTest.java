package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of election, campaign and diaspora reports (December 2026): a byline
 * whose date runs into the next labelled field, and a stamp later than the report's own dateline.
 */
class HeldOutCampaignsTest {
    private static final DateParser DATES = DateParser.load();

    @Test
    void aBylineDateMayRunIntoTheNextLabelledField() {
        assertThat(DATES.dateline("By Published On: March 9, 2023Categories: World\nNurses marched in the capital."))
                .isEqualTo(LocalDate.of(2023, 3, 9));
        assertThat(DATES.dateline("Posted May 3, 2021 Author: staff\nFarmers blocked a road."))
                .isEqualTo(LocalDate.of(2021, 5, 3));
        // a date inside a running sentence stays unread: a lower-case word follows, no label
        assertThat(DATES.dateline("Teachers said March 9, 2023 would be a day of action.")).isNull();
        // a capitalised word without a colon is no field
        assertThat(DATES.dateline("On March 9, 2023 Nurses marched in the capital.")).isNull();
    }

    @Test
    void aStampLaterThanTheReportsOwnDatelineGivesWayToIt() {
        assertThat(DATES.dateline("date 2025-04-20 Agency\nSun, April 13, 2025\nTeachers rallied on Sunday."))
                .isEqualTo(LocalDate.of(2025, 4, 13));
        // a dateline after the stamp is no reason to move: the stamp stands
        assertThat(DATES.dateline("date 2025-04-20 Agency\nSun, April 27, 2025\nTeachers rallied on Sunday."))
                .isEqualTo(LocalDate.of(2025, 4, 20));
        // nor a dateline years older than the stamp (an archive page)
        assertThat(DATES.dateline("date 2025-04-20 Agency\nSun, April 14, 2019\nTeachers rallied on Sunday."))
                .isEqualTo(LocalDate.of(2025, 4, 20));
    }
}
