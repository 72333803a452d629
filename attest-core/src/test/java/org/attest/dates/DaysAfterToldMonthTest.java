package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.DateMention;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "died in custody in May 2019, three days after his arrest": days counted from a month or year
 * the same sentence names fall in it, as near as the text allows, not days before the report
 * (round ev2d, invented sentences).
 */
class DaysAfterToldMonthTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        The teacher died in police custody in May 2019, three days after his arrest at a checkpoint. | three days after | 2025-03-10 | 2019-05
        The poet was freed in 2016, two days after the hunger strike ended.                            | two days after   | 2025-03-10 | 2016
        """)
    void countedWithinToldMonthOrYear(String sentence, String surface, String published, String value) {
        DateMention m = DateTesting.mention(sentence, published, surface);
        assertThat(m.value()).isEqualTo(value.strip());
    }
}
