package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.junit.jupiter.api.Test;

/**
 * Weights, areas, volumes, power and lengths are measures, not counts: the gold format counts
 * people, places, posts, events, money and percentages. Invented sentences.
 */
class QuantityGoodsAndAreasTest {
    @Test
    void aWeightOfGoodsIsAMeasure() {
        assertThat(run("Customs officers seized 340 kilos of mercury at the border post.")).isEmpty();
        assertThat(run("The strike left some 4,000 tonnes of rubbish in the streets.")).isEmpty();
    }

    @Test
    void aWeightAloneIsAMeasure() {
        assertThat(run("After three weeks without food the striker had lost seven kilograms.")).isEmpty();
    }

    @Test
    void areasVolumesAndPowerAreMeasures() {
        assertThat(run("The concession covers about 2,300 hectares and the plant lacks 900 megawatts.")).isEmpty();
        assertThat(run("The army still holds about 1,500 acres of farmland.")).isEmpty();
        assertThat(run("The refinery lost about 40,000 barrels of daily output.")).isEmpty();
    }

    @Test
    void aLengthStaysAMeasure() {
        assertThat(run("The convoy stopped some 30 kilometres from the capital.")).isEmpty();
    }
}
