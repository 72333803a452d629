package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch dates41 (invented sentences): a night told by the two days it spans is dated by its first day;
 * a relative night the day after it names ("overnight on Tuesday") is that day's (r2a).
 */
class NightIntoDayTest {
    // 2025-04-18 is a Friday

    @Test
    void earlyHoursOfTheNextDayTakeTheNightsDay() {
        String text = "Riot police cleared the square on Wednesday night and early Thursday, the mayor said.";
        assertThat(DateTesting.mention(text, "2025-04-18", "Thursday").value()).isEqualTo("2025-04-16");
    }

    @Test
    void twoDaysWithoutANightStayTwoDays() {
        String text = "Dockers walked out on Wednesday and Thursday, the union said.";
        assertThat(DateTesting.mention(text, "2025-04-18", "Thursday").value()).isEqualTo("2025-04-17");
    }

    @Test
    void aNightTheDayAfterItNamesIsThatDaysNight() {
        String text = "Slogans were painted on walls in three districts of Velmora overnight on Tuesday, residents said.";
        assertThat(DateTesting.mention(text, "2025-04-18", "overnight").value()).isEqualTo("2025-04-15");
    }

    @Test
    void aNightOnItsOwnIsTheNightBeforeTheReport() {
        String text = "Slogans were painted on walls in three districts of Velmora overnight, residents said.";
        assertThat(DateTesting.mention(text, "2025-04-18", "overnight").value()).isEqualTo("2025-04-17");
    }
}
