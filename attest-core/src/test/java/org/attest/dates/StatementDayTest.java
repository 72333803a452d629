package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "called for calm in a statement late on Thursday": the weekday after the noun of words put out
 * (with a part of the day between) is the day they were issued, past, though "called for" before
 * it would make a bare weekday the coming one. A call with no such noun still looks ahead.
 */
class StatementDayTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The mayor called for calm in a statement late on Thursday and said the inquiry would be fair. | Thursday | 2025-03-14 | 2025-03-13
        The dockers' union called for a strike in a statement on Monday.                              | Monday   | 2025-03-14 | 2025-03-10
        The governor announced early on Tuesday that the curfew would be lifted.                      | Tuesday  | 2025-03-14 | 2025-03-11
        The dockers' union called for a strike on Monday.                                              | Monday   | 2025-03-14 | 2025-03-17
        """)
    void issuedOnTheToldDay(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
    }
}
