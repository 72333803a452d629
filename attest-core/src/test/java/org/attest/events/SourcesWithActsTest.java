package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import org.junit.jupiter.api.Test;

/**
 * Branch ev2c: an act told inside the source that "according to" names, with its own date right
 * after it ("according to the sister of a prisoner executed in July 1981"), is of that date, not of the
 * day the source spoke. Invented reports.
 */
class SourcesWithActsTest {
    @Test
    void anActInsideTheSourceTakesTheDateRightAfterIt() {
        String text = "Relatives dispersed in Valtra\n\n"
                + "Relatives who tried to gather at the cemetery on Friday were dispersed by police, "
                + "according to the sister of a prisoner executed in July 1981.";
        assertThat(datesOf(events(text, "2021-03-10"), "execution")).contains("1981-07");
    }

    @Test
    void theSourcesActDatesNoNextSentence() {
        String text = "Relatives dispersed in Valtra\n\n"
                + "Relatives who tried to gather at the cemetery on Friday were dispersed by police, "
                + "according to the sister of a prisoner executed in July 1981. "
                + "She said at least ten people had been detained for several hours.";
        assertThat(datesOf(events(text, "2021-03-10"), "arrest")).doesNotContain("1981-07");
    }
}
