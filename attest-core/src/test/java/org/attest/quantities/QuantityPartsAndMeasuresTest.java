package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A part whose "were" names what it counts, "the number of" right after a bare number, repeated
 * acts counted in "times", measures, clock times and sorts that are no counts, and "new" before
 * the counted noun. Invented sentences.
 */
class QuantityPartsAndMeasuresTest {

    @Test
    void aPartTakesTheNounItsWereNames() {
        assertThat(run("The court jailed 40 men on Monday; twelve of them were teachers."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("40 men", "men"), tuple("twelve", "teachers"));
        assertThat(run("At least 30 of those held in the capital last year were minors."))
                .extracting(Quantity::unit).containsExactly("minors");
    }

    @Test
    void aPartWhoseWereNamesNoNounKeepsTheWhole() {
        assertThat(run("The court jailed 40 men on Monday; twelve of them were released."))
                .extracting(Quantity::unit).containsExactly("men", "men");
    }

    @Test
    void theNumberOfRightAfterABareNumberNamesItsNoun() {
        assertThat(run("The raid brought to at least 70 the number of activists held this month."))
                .extracting(Quantity::unit).containsExactly("activists");
    }

    @Test
    void repeatedActsAgainstSomeoneAreCountedInTimes() {
        assertThat(run("The editor has been detained 9 times and convicted twice."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("9 times", "times"));
        // contrast: a ratio with no verb of acts stays no count
        assertThat(run("Prices rose 9 times in a decade.")).isEmpty();
    }

    @Test
    void bareWeightsClockTimesAndSortsAreNoCounts() {
        // a weight of goods and an area are counted since round 35 (QuantityGoodsAndAreasTest)
        assertThat(run("The prisoner had lost 5 kilograms by 12 noon.")).isEmpty();
        assertThat(run("Most depots lacked at least one type of vehicle.")).isEmpty();
    }

    @Test
    void newBeforeTheNounIsNoPartOfTheUnit() {
        assertThat(run("Officials counted 300 new cases on Monday.")).extracting(Quantity::unit)
                .containsExactly("cases");
    }
}
