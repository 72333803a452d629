package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "is expected in April" or "is due in April", written in January, names the coming April: a
 * thing that is expected or due has not happened yet (dates27 round).
 */
class ExpectedMonthAheadTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        A verdict in the bribery case is expected in April, lawyers said.  | April    | 2025-01-20 | 2025-04
        The audit of the harbour board is due in March.                    | March    | 2025-01-20 | 2025-03
        Final results are expected in early May.                           | early May| 2024-11-03 | 2025-05
        The new budget is due by October.                                  | October  | 2024-11-03 | 2025-10
        """)
    void expectedMonthIsAhead(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        Miners walked off the job in April over unpaid wages.  | April | 2025-01-20 | 2024-04
        """)
    void plainPastMonthStaysBehind(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
    }
}
