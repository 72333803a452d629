package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * "over" as a verb's particle ("hand over"), a range spelled low and written high in digits ("five to
 * 15"), the size of a family ("a family of four"), Afghan solar months and "a few hundred thousand".
 * Invented sentences.
 */
class ParticlesRangesAndSizesTest {
    @Test
    void overAfterHandIsTheVerbsParticleNoBound() {
        assertThat(run("The council voted to hand over six warehouses to the port authority."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("six warehouses", 6.0, Qualifier.EXACT));
        // contrast: "over" after a verb without that particle still bounds the count
        assertThat(run("The council inspected over six warehouses last week."))
                .extracting(Quantity::text, Quantity::qualifier)
                .containsExactly(tuple("over six warehouses", Qualifier.MORE_THAN));
    }

    @Test
    void aSpelledLowEndAndADigitHighEndJoinedByToAreOneRange() {
        assertThat(run("Volunteers meet in teams of three to 12 nurses each evening."))
                .extracting(Quantity::text, Quantity::value, Quantity::valueMax, Quantity::qualifier)
                .containsExactly(tuple("three to 12 nurses", 3.0, 12.0, Qualifier.RANGE));
    }

    @Test
    void aFamilyOfFourIsASizeNoCount() {
        assertThat(run("Rents for a family of four in the capital come to 20 million tomans."))
                .extracting(Quantity::text).containsExactly("20 million tomans");
    }

    @Test
    void aDayOfAnAfghanSolarMonthIsADate() {
        assertThat(run("The raids began on 12 Saratan 1402 and 40 students were held."))
                .extracting(Quantity::text).containsExactly("40 students");
    }

    @Test
    void aFewHundredThousandIsOneAmount() {
        assertThat(run("Porters earn a few hundred thousand rials a trip."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("a few hundred thousand rials", 100000.0, Qualifier.VAGUE));
    }

    @Test
    void closeToOneOfTheWholeIsNearnessNoAmount() {
        assertThat(run("A lawyer close to one of the miners said 12 workers were held."))
                .extracting(Quantity::text).containsExactly("12 workers");
    }
}
