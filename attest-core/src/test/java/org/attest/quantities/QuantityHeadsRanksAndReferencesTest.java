package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A plural noun that heads the counted phrase (an adverb or verb after it is no part of the unit),
 * the whole of a rank with its noun, a bare "toll" that counts people, and a small count in words
 * after "the" that refers back to what the report has named. Invented sentences.
 */
class QuantityHeadsRanksAndReferencesTest {

    @Test
    void aWordAfterThePluralHeadIsNoPartOfTheUnit() {
        assertThat(run("The cabinet ordered about 900 dockers back to work."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("about 900 dockers", "dockers"));
        assertThat(run("On Sunday 500 marchers overran the square.")).extracting(Quantity::unit)
                .containsExactly("marchers");
        assertThat(run("The panel comprised 45 monitors drawn from six states.")).extracting(Quantity::unit)
                .containsExactly("monitors", "states");
    }

    @Test
    void aPluralGoesOnToAnotherPluralOrASingularBeforeOne() {
        assertThat(run("Police questioned 30 rights activists.")).extracting(Quantity::unit)
                .containsExactly("rights activists");
        assertThat(run("Police questioned 40 farmers union leaders.")).extracting(Quantity::unit)
                .containsExactly("farmers union leaders");
    }

    @Test
    void theWholeOfARankWithItsNounCountsIt() {
        assertThat(run("The country ranked 120th out of 150 countries in the index."))
                .extracting(Quantity::text, Quantity::value).containsExactly(tuple("150 countries", 150.0));
        // contrast: the whole of a rank written without its noun stays no count
        assertThat(run("The country ranked 120th out of 150 in the index.")).isEmpty();
    }

    @Test
    void aBareTollCountsPeopleADeathTollDeaths() {
        assertThat(run("Medics put the toll at more than 60.")).extracting(Quantity::unit, Quantity::qualifier)
                .containsExactly(tuple("people", Qualifier.MORE_THAN));
        assertThat(run("The death toll rose to 60.")).extracting(Quantity::unit).containsExactly("deaths");
    }

    @Test
    void aSmallCountAfterTheThatRefersBackIsNoFigure() {
        assertThat(run("Talks between the two governments stalled.")).isEmpty();
        assertThat(run("Their contracts with the three carmakers expired, the four unions said.")).isEmpty();
    }

    @Test
    void aCountAfterTheWithAWordBetweenOrAsAWholeStays() {
        assertThat(run("The minister met the three main unions.")).extracting(Quantity::text)
                .containsExactly("three main unions");
        assertThat(run("Four of the seven judges dissented.")).extracting(Quantity::text)
                .contains("seven judges");
        assertThat(run("Police detained two reporters.")).extracting(Quantity::text).containsExactly("two reporters");
    }
}
