package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Word amounts glued or without "of" ("half-a-dozen", "a quarter million"), bounds read from
 * words ("not even 2%", "an estimate of"), units that take in an "of"
 * phrase, "and other" or a list, digits that name the thing counted ("hundreds of 999 calls"),
 * and ages and datelines that are no counts. Invented sentences.
 */
class QuantityPhrasesAndBoundsTest {

    @Test
    void halfADozenWrittenAsOneWordIsAboutSix() {
        assertThat(run("Farmers blocked half-a-dozen bridges over the river."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple("half-a-dozen bridges", 6.0, Qualifier.ABOUT, "bridges"));
    }

    @Test
    void aFractionBeforeAScaleWordScalesIt() {
        assertThat(run("Unions said well over a quarter million workers walked out."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("well over a quarter million workers", 250_000.0, Qualifier.MORE_THAN));
    }

    @Test
    void evenAfterANegationBoundsTheFigureFromAbove() {
        assertThat(run("The small parties did not win even 2% between them."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(2.0, Qualifier.LESS_THAN, "percent"));
        assertThat(run("The rally drew even 300 people from the villages."))
                .extracting(Quantity::qualifier).containsExactly(Qualifier.EXACT);
    }

    @Test
    void anEstimateOfIsAnApproximateFigure() {
        assertThat(run("The mayor put forward an estimate of 7,500 marchers in the old town."))
                .extracting(Quantity::value, Quantity::qualifier, Quantity::unit)
                .containsExactly(tuple(7500.0, Qualifier.ABOUT, "marchers"));
    }

    @Test
    void aCompoundNounKeepsItsOfPhrase() {
        assertThat(run("Guards stopped 14 members of parliament at the gate."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("14 members of parliament", "members of parliament"));
        assertThat(run("Five heads of state signed the letter."))
                .extracting(Quantity::unit).containsExactly("heads of state");
    }

    @Test
    void andOtherAPluralIsPartOfTheCount() {
        assertThat(run("Police held 35 nurses and other strikers at the depot."))
                .extracting(Quantity::unit).containsExactly("nurses and other strikers");
    }

    @Test
    void aListItemMayHaveOneWordBeforeItsNoun() {
        assertThat(run("The court charged 21 teachers, doctors and local councillors last week."))
                .extracting(Quantity::unit).containsExactly("teachers, doctors and local councillors");
    }

    @Test
    void digitsAfterTheOfOfAWordAmountNameTheThingCounted() {
        assertThat(run("Dispatchers took thousands of 999 calls that night."))
                .extracting(Quantity::text, Quantity::value, Quantity::unit)
                .containsExactly(tuple("thousands of 999 calls", 1000.0, "999 calls"));
    }

    @Test
    void aBareNumberAfterHeldCountsPeople() {
        assertThat(run("Guards held three near the embassy gate."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(3.0, "people"));
    }

    @Test
    void anAgeAfterANameBeforeAndIsNoCount() {
        assertThat(run("Okello, 61 and in office since 2001, addressed the crowd.")).isEmpty();
    }

    @Test
    void theValueAnAgeLimitIsSetToIsNoCount() {
        assertThat(run("The bill lifts the pension age by three years to 67.")).isEmpty();
        assertThat(run("The cabinet set the voting age at 16.")).isEmpty();
        assertThat(run("They raised the age limit and sent 25 pupils to 40 schools."))
                .extracting(Quantity::value).containsExactly(25.0, 40.0);
    }

    @Test
    void aDaySetOffByACommaBeforeItsMonthAndYearIsADate() {
        assertThat(run("Nairobi - 21, March 2024: polls opened late.")).isEmpty();
    }
}
