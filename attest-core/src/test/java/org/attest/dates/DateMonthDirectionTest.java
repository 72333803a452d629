package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "last September" is the latest September before the report's month and "next May" the first
 * May after it, whatever the plain year-less month rule would give (ev26 round).
 */
class DateMonthDirectionTest {

    @ParameterizedTest(name = "{1} @ {2}")
    @CsvSource(delimiter = '|', textBlock = """
        Unrest that began last September has not ended.            | last September | 2023-08-03 | 2022-09 
        Teachers walked out last June over unpaid wages.            | last June      | 2021-06-09 | 2020-06
        Teachers walked out last March over unpaid wages.           | last March     | 2021-06-09 | 2021-03
        The party will hold its congress next May in the capital.   | next May       | 2021-06-09 | 2022-05
        The party will hold its congress next July in the capital.  | next July      | 2021-06-09 | 2021-07
        The unions struck this past November in the ports.          | past November  | 2022-01-04 | 2021-11
        """)
    void directedMonth(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
        assertThat(m.precision()).isEqualTo(DatePrecision.MONTH);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
        Unrest that began last September has not ended.   | last September
        """)
    void unanchoredStaysUnknown(String sentence, String surface) {
        DateMention m = DateTesting.mention(sentence, null, surface);
        assertThat(m.value()).isNull();
    }
}
