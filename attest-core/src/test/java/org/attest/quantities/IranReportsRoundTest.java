package org.attest.quantities;

import static org.attest.quantities.QuantityStageTest.run;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures of Iran reports by other publishers (agencies, rights groups), invented sentences: loose
 * copy joins the ends of "between" with "to" as well as with "and".
 */
class IranReportsRoundTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # sentence | expected span text | value | value max | qualifier | unit
        Between 20 to 40 shops were sealed on Monday. | Between 20 to 40 shops | 20 | 40 | range | shops
        Between 20 and 40 shops were sealed on Monday. | Between 20 and 40 shops | 20 | 40 | range | shops
        Police held 20 to 40 drivers for a night. | 20 to 40 drivers | 20 | 40 | range | drivers
        """)
    void betweenJoinsItsEndsWithToOrAnd(String sentence, String text, Double value, Double valueMax, String qualifier,
                                        String unit) {
        QuantityStageTest.assertOne(run(sentence), sentence, text, value, valueMax, qualifier, unit);
    }
}
