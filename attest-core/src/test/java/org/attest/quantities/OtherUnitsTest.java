package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A count of "others" keeps "others" as its unit (since r1q; it took the noun counted before it
 * until then); "more" still counts more of that noun. All sentences are invented.
 */
class OtherUnitsTest {

    @Test
    void othersKeepTheirOwnWordAfterAnotherCount() {
        assertThat(QuantityStageTest.run("Marches were held in four districts, and three others joined on Friday."))
                .extracting(Quantity::unit).containsExactly("districts", "others");
        assertThat(QuantityStageTest.run("Two miners were killed and 40 others were injured in the blast."))
                .extracting(Quantity::unit).containsExactly("miners", "others");
    }

    @Test
    void othersWithNoCountBeforeThemStayOthers() {
        assertThat(QuantityStageTest.run("Police said dozens of others were detained."))
                .extracting(Quantity::unit).containsExactly("others");
    }

    @Test
    void moreTakesTheNounCountedBeforeIt() {
        assertThat(QuantityStageTest.run("Guards detained nine porters on Monday and four more on Tuesday."))
                .extracting(Quantity::unit).containsExactly("porters", "porters");
    }
}
