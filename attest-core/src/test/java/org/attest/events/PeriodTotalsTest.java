package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round say200 (7 December 2026): a rights body's total over a period ("had been killed between
 * January and August", "have been charged since 2021") is its statement beside the events it
 * counts; its toll of one happening still only sources them (RightsAccounts). All sentences and
 * names are invented.
 */
class PeriodTotalsTest {

    @Test
    void aTotalBetweenTwoMonthsIsAStatement() {
        assertThat(types("The Corvan Rights Monitor said in a statement that 58 women had been killed by their partners between January and August."))
                .contains("statement", "killing");
    }

    @Test
    void aTotalSinceAYearIsAStatement() {
        assertThat(types("Open Door, a monitoring body, said on Friday that no fewer than 40 people have been charged under the decree since 2021."))
                .contains("statement");
    }

    @Test
    void aTollOfOneHappeningOnlySourcesIt() {
        assertThat(types("The Corvan Rights Monitor said in a statement that nine marchers had been killed in the square on Sunday."))
                .contains("killing").doesNotContain("statement");
        assertThat(types("The Corvan Rights Monitor said in a statement that between 40 and 60 marchers had been detained in the square on Sunday."))
                .doesNotContain("statement");
    }
}
