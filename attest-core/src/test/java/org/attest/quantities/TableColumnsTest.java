package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A bare number in a table cell counts its column header's noun. Invented tables. */
class TableColumnsTest {

    @Test
    void aCellTakesItsHeadersNoun() {
        String text = "The strike spread through the spring.\n\nStrikes by region\n\nRegion\nMines closed\nWorkers detained\n\n"
                + "North\n12\n340\n\nSouth\n7\n95\n\nUnions say the figures are low.";
        assertThat(run(text)).filteredOn(q -> q.text().matches("\\d+"))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("12", "mines"), tuple("340", "workers"), tuple("7", "mines"), tuple("95", "workers"));
    }

    @Test
    void aHeaderWithoutANounTakesTheCaptionsCurrency() {
        String text = "Teachers want more pay.\n\nPay claims (monthly, rupees)\n\nItem\nNow\nClaimed\n\nBase pay\n8,000\n12,000";
        assertThat(run(text)).extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("8,000", "rupees"), tuple("12,000", "rupees"));
        // contrast: a number on a line of prose is no cell
        assertThat(run("Teachers want more pay.\n\nItem\nNow\n\nBase pay\nabout 8,000 a month")).extracting(Quantity::unit)
                .doesNotContain("rupees");
    }
}
