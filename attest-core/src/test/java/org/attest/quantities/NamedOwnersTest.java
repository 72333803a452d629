package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A name of two or more capitalised words before the counted noun says whose or where the things
 * counted are, as a people's adjective does: it is no part of the unit. One capitalised word
 * names a kind and stays. All sentences are invented.
 */
class NamedOwnersTest {

    @Test
    void aNameOfSeveralWordsBeforeTheNounIsNoPartOfTheUnit() {
        assertThat(QuantityStageTest.run("Police detained 35 Green Party candidates outside the court."))
                .extracting(Quantity::unit).containsExactly("candidates");
        assertThat(QuantityStageTest.run("Some 300 Red Crescent volunteers joined the search on Friday."))
                .extracting(Quantity::unit).containsExactly("volunteers");
    }

    @Test
    void oneCapitalisedWordNamesAKindAndStays() {
        assertThat(QuantityStageTest.run("Police arrested seven Hamas members at the crossing."))
                .extracting(Quantity::unit).containsExactly("Hamas members");
    }
}
