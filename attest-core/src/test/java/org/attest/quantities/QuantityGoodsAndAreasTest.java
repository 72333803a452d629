package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** Weights of goods, areas and power are counted; a body's weight and lengths are not. Invented sentences. */
class QuantityGoodsAndAreasTest {
    @Test
    void aWeightOfGoodsIsCountedWithItsWeightAsUnit() {
        assertThat(run("Customs officers seized 340 kilos of mercury at the border post."))
                .extracting(Quantity::unit).containsExactly("kilos");
    }

    @Test
    void aWeightAloneIsAMeasure() {
        assertThat(run("After three weeks without food the striker had lost seven kilograms.")).isEmpty();
    }

    @Test
    void areasAndPowerAreCounted() {
        assertThat(run("The concession covers about 2,300 hectares and the plant lacks 900 megawatts."))
                .extracting(Quantity::unit).containsExactly("hectares", "megawatts");
    }

    @Test
    void aLengthStaysAMeasure() {
        assertThat(run("The convoy stopped some 30 kilometres from the capital.")).isEmpty();
    }
}
