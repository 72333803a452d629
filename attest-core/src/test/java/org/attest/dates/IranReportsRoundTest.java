package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Dates of Iran reports by other publishers, invented texts: "overnight" is the night before the
 * report; an agency's full stop may stand between its bracket and the dateline's dash ("(EFE).-");
 * a report without a publication date that marks an anniversary is written a year or more after
 * the latest year it states, so its year-less dateline takes that year.
 */
class IranReportsRoundTest {

    @Test
    void overnightIsTheNightBeforeTheReport() {
        assertThat(DateTesting.mention("Crowds chanted slogans overnight in the city.", "2024-05-12", "overnight").value())
                .isEqualTo("2024-05-11");
    }

    @Test
    void anAnniversaryReportIsWrittenAYearAfterTheEvent() {
        String text = "Crowds mark anniversary of teacher's death\n\nShiraz, Mar 4 (XNA).- Crowds gathered on Saturday "
                + "to mark the anniversary of the death of a teacher.\n\nThe teacher died in custody on March 3, 2021.";
        assertThat(DateTesting.mention(text, null, "Mar 4").value()).isEqualTo("2022-03-04");
        assertThat(DateTesting.mention(text, null, "Saturday").value()).startsWith("2022-");
    }

    @Test
    void aNumberedAnniversaryCountsItsYears() {
        String text = "Families mark the third anniversary of the crackdown\n\nShiraz, Nov 16 (XNA).- Families gathered "
                + "on Saturday at the cemetery.\n\nThe crackdown began on November 15, 2019.";
        assertThat(DateTesting.mention(text, null, "Nov 16").value()).isEqualTo("2022-11-16");
    }

    @Test
    void anAnniversaryCountedInDaysTellsNoYear() {
        String text = "Mourners mark the 40th-day anniversary of a miner's death\n\nShiraz, Mar 4 (XNA).- Mourners "
                + "gathered on Saturday.\n\nThe miner died on January 23, 2021.";
        assertThat(DateTesting.mention(text, null, "Mar 4").value()).startsWith("2021-");
    }
}
