package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round stmt35 (invented sentences): a company or a consortium that gives out its own words on a
 * day speaks as a ministry or an association does ("The state water company said on Thursday that
 * ...", "The relief consortium X said on Wednesday that ..."); their anonymous sources stay sources.
 */
class CompanySpeakerTest {

    private static List<String> statements(String text) {
        List<Event> events = DatedReports.events("Dock workers stopped work in Corvan on Monday.\n\n" + text + "\n", "2026-04-16");
        return datesOf(events, "statement");
    }

    @Test
    void aCompanySpeaksOnItsDay() {
        assertThat(statements("The state water company said on Tuesday that supplies to the eastern districts "
                + "would be cut for a week.")).containsExactly("2026-04-14");
    }

    @Test
    void aConsortiumSpeaksOnItsDay() {
        assertThat(statements("The relief consortium Northern Aid Partners said on Wednesday that more than "
                + "40,000 people had fled the port district.")).containsExactly("2026-04-15");
    }

    @Test
    void aCompanysUnnamedSourceOnlySources() {
        assertThat(statements("A company source said on Tuesday that supplies would be cut for a week.")).isEmpty();
    }
}
