package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.dates.DateTesting.dates;
import static org.attest.dates.DateTesting.mention;

import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of reports beyond Iran (December 2026): a month-only page stamp
 * that opens a text ("date 2023-04 ...") dates the report to that month.
 */
class HeldOutAbroadTest {

    @Test
    void monthOnlyStampOpeningTheTextIsAMonth() {
        assertThat(mention(" date 2023-04 Riot police broke up a march of nurses on Saturday.", null, "2023-04")
                .value()).isEqualTo("2023-04");
        assertThat(mention("Posted: 2019-12 Hundreds of workers rallied outside the mill.", null, "2019-12")
                .value()).isEqualTo("2019-12");
    }

    @Test
    void yearSpansAndUnlabelledPairsAreNoMonths() {
        // the same digits in the body are a span of years or nothing: never December 2011
        assertThat(dates("The union held strikes through the 2011-12 school year.", null))
                .noneMatch(m -> "2011-12".equals(m.value()));
        assertThat(dates("2011-12 was a year of strikes at the mill.", null))
                .noneMatch(m -> "2011-12".equals(m.value()));
        // a month number above 12 is no month even after the label
        assertThat(dates(" date 2019-20 The season of protests began.", null))
                .noneMatch(m -> "2019-20".equals(m.value()));
    }
}
