package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PersianDatesTest {

    @ParameterizedTest(name = "{0}-{1}-{2} SH = {3}")
    @CsvSource({
        "1400, 1, 1, 2021-03-21",
        "1398, 8, 24, 2019-11-15",
        "1367, 5, 1, 1988-07-23",
        "1401, 12, 29, 2023-03-20",
        "1403, 12, 30, 2025-03-20",
    })
    void toGregorian(int y, int m, int d, String expected) {
        assertThat(PersianDates.toGregorian(y, m, d)).isEqualTo(LocalDate.parse(expected));
    }

    @Test
    void aMonthMapsToTheGregorianMonthHoldingMostOfIt() {
        // Aban 1398 runs 23 October to 21 November 2019
        assertThat(PersianDates.monthToGregorian(1398, 8)).isEqualTo(YearMonth.of(2019, 11));
    }

    @Test
    void aYearMapsToTheGregorianYearHoldingMostOfIt() {
        assertThat(PersianDates.yearToGregorian(1367)).isEqualTo(1988);
    }

    @Test
    void shYearOfAGregorianDate() {
        assertThat(PersianDates.shYearOf(LocalDate.of(2021, 3, 20))).isEqualTo(1399);
        assertThat(PersianDates.shYearOf(LocalDate.of(2021, 3, 21))).isEqualTo(1400);
    }

    @Test
    void keptMonthsGiveIcusDateForEveryDayOfFourCenturies() {
        for (int y = 1190; y <= 1610; y++) {
            for (int m = 1; m <= 12; m++) {
                for (int d = 1; d <= 31; d++) {
                    assertThat(PersianDates.toGregorian(y, m, d)).as("%d-%d-%d", y, m, d)
                            .isEqualTo(PersianDates.icuToGregorian(y, m, d));
                }
            }
        }
        assertThat(PersianDates.toGregorian(1400, 13, 1)).isEqualTo(PersianDates.icuToGregorian(1400, 13, 1));
        assertThat(PersianDates.toGregorian(1400, 1, 0)).isEqualTo(PersianDates.icuToGregorian(1400, 1, 0));
    }

    @Test
    void keptYearsGiveIcusYearForEveryDayOfFourCenturies() {
        for (LocalDate d = LocalDate.of(1810, 1, 1); d.getYear() <= 2230; d = d.plusDays(1)) {
            assertThat(PersianDates.shYearOf(d)).as(d.toString()).isEqualTo(PersianDates.icuShYearOf(d));
        }
    }
}
