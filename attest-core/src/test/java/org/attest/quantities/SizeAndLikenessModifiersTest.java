package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A word for size ("large", "huge", "massive") or likeness ("similar") before the counted noun
 * describes the things counted without naming a kind of them: it is no part of the unit.
 * All sentences are invented.
 */
class SizeAndLikenessModifiersTest {

    @Test
    void aSizeWordBeforeTheNounIsNoPartOfTheUnit() {
        assertThat(QuantityStageTest.run("Students hung three large banners from a bridge in Rasht."))
                .extracting(Quantity::unit).containsExactly("banners");
        assertThat(QuantityStageTest.run("Witnesses counted five massive fires along the highway."))
                .extracting(Quantity::unit).containsExactly("fires");
    }

    @Test
    void aLikenessWordBeforeTheNounIsNoPartOfTheUnit() {
        assertThat(QuantityStageTest.run("Police have recorded more than a dozen similar raids since May."))
                .extracting(Quantity::unit).containsExactly("raids");
    }
}
