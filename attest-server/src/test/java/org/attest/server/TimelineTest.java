package org.attest.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DatePrecision;
import org.attest.store.Stats;
import org.junit.jupiter.api.Test;

class TimelineTest {
    @Test
    void aWeekIsKeyedByItsMondayAcrossMonthsAndYears() {
        assertThat(Timeline.WEEK.key("2023-05-04", DatePrecision.DAY)).isEqualTo("2023-05-01");
        assertThat(Timeline.WEEK.key("2023-05-01", DatePrecision.WEEK)).isEqualTo("2023-05-01");
        assertThat(Timeline.WEEK.key("2024-03-02", DatePrecision.DAY)).isEqualTo("2024-02-26");
        assertThat(Timeline.WEEK.key("2023-01-01", DatePrecision.DAY)).isEqualTo("2022-12-26");
        assertThat(Timeline.WEEK.key("2023-05", DatePrecision.MONTH)).isNull();
    }

    @Test
    void aMalformedStoredDateIsLeftOutOfTheWeeks() {
        assertThat(Timeline.WEEK.key("2023-02-30", DatePrecision.DAY)).isNull();
        assertThat(Timeline.WEEK.key("2023-5-04", DatePrecision.DAY)).isNull();
        assertThat(Timeline.WEEK.key("2023-05-0x", DatePrecision.DAY)).isNull();
        assertThat(Timeline.WEEK.key("+023-05-04", DatePrecision.DAY)).isNull();
    }

    @Test
    void countsOfOneBucketAddUpInOrderOrNot() {
        List<Stats.DateCount> dates = List.of(
                new Stats.DateCount("2023-05-01", DatePrecision.DAY, 2),
                new Stats.DateCount("2023-05-07", DatePrecision.DAY, 3),
                new Stats.DateCount("2023-05-08", DatePrecision.DAY, 4),
                new Stats.DateCount("2023-05-02", DatePrecision.DAY, 5),
                new Stats.DateCount("2023-06", DatePrecision.MONTH, 7));

        assertThat(Timeline.WEEK.count(dates)).containsExactly(
                java.util.Map.entry("2023-05-01", 10L), java.util.Map.entry("2023-05-08", 4L));
        assertThat(Timeline.MONTH.count(dates)).containsExactly(
                java.util.Map.entry("2023-05", 14L), java.util.Map.entry("2023-06", 7L));
    }
}
