package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A count of "others" counts more of the noun counted before it. All sentences are invented. */
class OtherUnitsTest {

    @Test
    void othersTakeTheUnitCountedBeforeThem() {
        assertThat(QuantityStageTest.run("Marches were held in four districts, and three others joined on Friday."))
                .extracting(Quantity::unit).containsExactly("districts", "districts");
        assertThat(QuantityStageTest.run("Two miners were killed and 40 others were injured in the blast."))
                .extracting(Quantity::unit).containsExactly("miners", "miners");
    }

    @Test
    void othersWithNoCountBeforeThemStayOthers() {
        assertThat(QuantityStageTest.run("Police said dozens of others were detained."))
                .extracting(Quantity::unit).containsExactly("others");
    }
}
