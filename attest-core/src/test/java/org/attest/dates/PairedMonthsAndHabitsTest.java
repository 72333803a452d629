package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.DateMention;
import org.junit.jupiter.api.Test;

/**
 * Branch date220: a year written after two months is the first month's too (RangeYears.pairedMonth);
 * a weekday after a word of repetition ("weekly", "usual") names a habit, not a day (weekday-names.txt).
 */
class PairedMonthsAndHabitsTest {

    @Test
    void aYearAfterTwoMonthsIsTheFirstMonthsToo() {
        String text = "Lawyers counted 40 deaths in the riots of April and May 2021.";
        assertThat(DateTesting.mention(text, "2024-06-10", "April").value()).isEqualTo("2021-04");
        String range = "The curfew lasted from March to June 2019, the council said.";
        assertThat(DateTesting.mention(range, "2024-06-10", "March").value()).isEqualTo("2019-03");
    }

    @Test
    void aFirstMonthLaterInTheYearIsOfTheYearBefore() {
        String text = "Lawyers counted 40 deaths in the riots of November and February 2022.";
        assertThat(DateTesting.mention(text, "2024-06-10", "November").value()).isEqualTo("2021-11");
    }

    @Test
    void aMonthWithAnotherClauseBeforeTheYearKeepsItsOwnReading() {
        String text = "The strike began in May, and in July 2021 the courts intervened.";
        assertThat(DateTesting.mention(text, "2024-06-10", "May").value()).isEqualTo("2024-05");
    }

    @Test
    void aWeekdayAfterAWordOfRepetitionIsNoDay() {
        List<DateMention> dates = DateTesting.dates("Pensioners held their weekly Tuesday sit-in outside the ministry.",
                "2024-05-08");
        assertThat(dates).noneMatch(m -> m.text().contains("Tuesday") && m.value() != null);
        assertThat(DateTesting.mention("Pensioners held a sit-in outside the ministry on Tuesday.", "2024-05-08",
                "Tuesday").value()).isEqualTo("2024-05-07");
    }
}
