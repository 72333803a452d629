package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** A table cell that gives again a figure the text states is the text's record only. Invented tables. */
class TableRepeatsTest {

    @Test
    void aCellTheTextStatesIsTheTexts() {
        String text = "Teachers want a salary of about 12,000 rupees, up from 8,000 rupees.\n\n"
                + "Pay claims (monthly, rupees)\n\nItem\nNow\nClaimed\n\nBase pay\n8,000\n12,000\n\nTravel\n500\n900";
        assertThat(run(text)).extracting(Quantity::text, Quantity::unit).containsExactly(
                tuple("about 12,000 rupees", "rupees"), tuple("8,000 rupees", "rupees"),
                tuple("500", "rupees"), tuple("900", "rupees"));
    }

    @Test
    void aCellTheTextBoundsOrCountsOtherwiseStays() {
        String text = "More than 12 mines closed and 340 people marched.\n\nStrikes by region\n\nRegion\nMines closed\n"
                + "Workers detained\n\nNorth\n12\n340\n\nUnions say the figures are low.";
        assertThat(run(text)).filteredOn(q -> q.text().matches("\\d+"))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("12", "mines"), tuple("340", "workers"));
    }
}
