package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/** Branch dates41 (invented sentences): a running event named by the count of its days is dated by its first day. */
class SeriesStartsTest {

    @Test
    void dayThreeOfAStrikeDatesTheStrikeTwoDaysBack() {
        String text = "On Wednesday, day three of the open-ended dockworkers' strike in Port Halden over unpaid wages.";
        List<Event> events = DatedReports.events(text, "2025-05-14");
        assertThat(DatedReports.datesOf(events, "protest")).contains("2025-05-12").doesNotContain("2025-05-14");
    }

    @Test
    void countsInDigitsAndNightsToo() {
        assertThat(SeriesStarts.count("Crowds gathered for the 12th night of ", 38)).isEqualTo(12);
        assertThat(SeriesStarts.count("Police said the march ", 22)).isZero();
    }
}
