package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "called off on Friday, a day after the march": the march was the day before the weekday or
 * date told just before the phrase in the same sentence, not the day before the report (dates27).
 */
class DayAfterToldDayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The dockers called off their strike on Friday, a day after a march through the port.       | a day after    | 2025-03-10 | 2025-03-06
        The council resigned on 14 February, two days after the riot at the depot.                  | two days after | 2025-03-10 | 2025-02-12
        """)
    void countedFromToldDay(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
    }
}
