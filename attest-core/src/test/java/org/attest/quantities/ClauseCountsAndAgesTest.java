package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A bound that opens a clause after "and" is a count, not an age ("and over 70 are held"), and
 * counts what the clause before counted; a size written onto digits with "-person"; the sides of a
 * size ("4 by 7 meters") are no count. Invented sentences.
 */
class ClauseCountsAndAgesTest {

    @Test
    void aBoundAfterAndThatOpensAClauseIsACountOfTheCountBefore() {
        assertThat(run("More than 200 dervishes have been questioned since March, and over 60 are still held in Qarchak."))
                .extracting(Quantity::text, Quantity::unit, Quantity::qualifier)
                .containsExactly(tuple("More than 200 dervishes", "dervishes", Qualifier.MORE_THAN),
                        tuple("over 60", "dervishes", Qualifier.MORE_THAN));
    }

    @Test
    void twoAgeBoundsJoinedByAndStayAges() {
        assertThat(run("The clinic turned away patients under 16 and over 65 on Monday.")).isEmpty();
        assertThat(run("Turnout was low among voters under 25 and over 70.")).isEmpty();
    }

    @Test
    void aSizeWrittenOntoDigitsWithPersonCountsPersons() {
        assertThat(run("Agents said they broke up a 9-person network in Qom."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("9-person", 9.0, "persons"));
    }

    @Test
    void theSidesOfASizeAreAMeasureNotACount() {
        assertThat(run("Supporters hung a banner of some 4 by 7 meters from a bridge in Rasht.")).isEmpty();
        assertThat(run("A poster of 2 x 3 metres went up.")).isEmpty();
        // contrast: "by" before a time is no size
        assertThat(run("Police held 3 by noon.")).extracting(Quantity::value).containsExactly(3.0);
    }

    @Test
    void anAgeAfterANameWithAParticleIsNoCount() {
        assertThat(run("The court heard Omar al-Jabri, 30, Karim el-Masri, 45, and two others on Sunday."))
                .extracting(Quantity::text)
                .containsExactly("two others");
    }

    @Test
    void aNumberAfterWasBeforeWhenAPersonIsAnAge() {
        assertThat(run("One of the defendants, Reza Tavakoli, was 16 when he was detained in Arak.")).isEmpty();
        // contrast: a count after "was" with no person's "when" stays a count
        assertThat(run("The toll was 16 by the evening.")).extracting(Quantity::value).containsExactly(16.0);
    }
}
