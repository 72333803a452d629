package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/** Counts written as compounds onto a number ("a 75-member council"), on invented sentences. */
class QuantityCompoundTest {
    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void aHyphenatedBodySizeIsACountOfItsMembersOrSeats() {
        assertThat(run("The mayor dissolved the 75-member council on Monday."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("75-member", 75.0, "members"));
        assertThat(run("Opposition parties boycotted the 48-seat senate."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("48-seat", 48.0, "seats"));
    }

    @Test
    void aHyphenatedMeasureStaysNoCount() {
        // contrast: a duration or an age written the same way counts nothing
        assertThat(run("The union began a 75-day strike after a 19-year-old was beaten.")).isEmpty();
    }
}
