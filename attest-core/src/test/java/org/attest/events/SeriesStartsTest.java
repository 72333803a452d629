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
        assertThat(DatedReports.datesOf(events, "other")).contains("2025-05-12").doesNotContain("2025-05-14");
    }

    @Test
    void aCountOfDaysOfProtestsDatesTheProtestsFromTheirFirstDay() {
        // branch events86: "killed in four days of protests" names the run up to the report's day
        String text = "Singer's arrest sparks unrest\n\n"
                + "At least six people have been killed in four days of protests in Port Halden, officials said on Wednesday.";
        List<Event> events = DatedReports.events(text, "2025-05-14");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2025-05-11");
        assertThat(DatedReports.datesOf(events, "killing")).containsExactly("2025-05-14");
    }

    @Test
    void theFirstDaysOfARunAreNoCountBack() {
        assertThat(SeriesStarts.count("Crowds gathered in the first five days of ", 42)).isZero();
        assertThat(SeriesStarts.count("He was killed in 5 days of ", 27)).isEqualTo(5);
        assertThat(SeriesStarts.count("It rained for several days of ", 30)).isZero();
    }

    @Test
    void theLengthOfAPlannedRunIsNoCountBack() {
        // round ev2d: "the first of three days of strikes" is the run's first day, not its third
        assertThat(SeriesStarts.count("Traders closed their stalls on Monday, the first of three days of ", 66)).isZero();
        String text = "Markets in Port Halden stayed shut on Wednesday, the first of four days of strikes called by the traders' guild.";
        List<Event> events = DatedReports.events(text, "2025-05-15");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2025-05-14");
    }

    @Test
    void countsInDigitsAndNightsToo() {
        assertThat(SeriesStarts.count("Crowds gathered for the 12th night of ", 38)).isEqualTo(12);
        assertThat(SeriesStarts.count("Police said the march ", 22)).isZero();
    }

    @Test
    void aStrikeDatedOnlyByItsMonthIsNotCountedBack() {
        // only a day can be counted back from: a month stays the strike's date
        String text = "In March 2025, day three of the open-ended dockworkers' strike in Port Halden closed the harbour.";
        List<Event> events = DatedReports.events(text, "2025-05-14");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2025-03");
    }
}
