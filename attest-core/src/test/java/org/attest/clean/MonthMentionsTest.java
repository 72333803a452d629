package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MonthMentionsTest {
    private static final MonthMentions MONTHS = new MonthMentions(Map.of("march", 3, "sept", 9, "may", 5, "aban", 8,
            "\u0622\u0628\u0627\u0646", 8));

    @Test
    void aLineNamingAMonthMayHoldADate() {
        assertThat(MONTHS.mayNameMonth("KESTREL CITY, March 3, 2022 (Wire) -")).isTrue();
        assertThat(MONTHS.mayNameMonth("Sept. 9 2021")).isTrue();
        assertThat(MONTHS.mayNameMonth("3 may 2020")).isTrue();
        assertThat(MONTHS.mayNameMonth("12 Aban 1401")).isTrue();
        assertThat(MONTHS.mayNameMonth("theMarch 5, 2020")).isTrue(); // the pattern's group may start inside a run
    }

    @Test
    void aLineNamingNoMonthCannot() {
        assertThat(MONTHS.mayNameMonth("The union said 2,000 joined in 2019.")).isFalse();
        assertThat(MONTHS.mayNameMonth("Marching on 5 2020, mayor \u2014 \u201cquoted\u201d")).isFalse();
        assertThat(MONTHS.mayNameMonth("")).isFalse();
    }

    @Test
    void aLetterOutsideAsciiAlwaysMay() {
        assertThat(MONTHS.mayNameMonth("\u0645\u0631\u062f 2020")).isTrue();
        assertThat(MONTHS.mayNameMonth("Caf\u00e9 2020")).isTrue();
    }

    @Test
    void numericDatesNeedADigitASeparatorAndADigit() {
        assertThat(MonthMentions.mayHoldNumericDate("Agency, 2018/05/24")).isTrue();
        assertThat(MonthMentions.mayHoldNumericDate("19.01.2024 | 16:05")).isTrue();
        assertThat(MonthMentions.mayHoldNumericDate("in 2019 - and 5 /6")).isFalse();
    }
}
