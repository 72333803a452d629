package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Units of bare numbers carried from a count before ("another 10", "while 700 are held", the
 * sentence before), counted nouns in lists with a serial comma or before "along with", bounds
 * written as verbs ("surpasses 50"), ranges of "between" in either order, a "one" joined to
 * another count, and a figure restated with its noun as one record. Invented sentences.
 */
class QuantityCarriedAndRestatedTest {

    @Test
    void aListWithASerialCommaIsOneUnit() {
        assertThat(run("In the rain, hundreds of nurses, teachers, and porters marched to the ministry."))
                .extracting(Quantity::unit).containsExactly("nurses, teachers, and porters");
    }

    @Test
    void alongWithEndsTheCountedNoun() {
        assertThat(run("The mayor and his three aides along with a judge face trial."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("three aides", "aides"));
    }

    @Test
    void aTollThatSurpassesOrTopsAFigureIsMoreThanIt() {
        assertThat(run("Death toll in the riots surpasses 40 as the count of injured tops 300."))
                .extracting(Quantity::value, Quantity::qualifier)
                .containsExactly(tuple(40.0, Qualifier.MORE_THAN), tuple(300.0, Qualifier.MORE_THAN));
    }

    @Test
    void betweenMakesARangeOfEndsInEitherOrder() {
        // durations: neither end is a count
        assertThat(run("Six dockers were jailed for between eight and three years.")).extracting(Quantity::text)
                .containsExactly("Six dockers");
        assertThat(run("Between 400 and 250 villagers fled.")).extracting(Quantity::value, Quantity::valueMax,
                Quantity::qualifier).containsExactly(tuple(250.0, 400.0, Qualifier.RANGE));
    }

    @Test
    void oneJoinedToAnotherCountCountsToo() {
        assertThat(run("The dead were three miners and one nurse from the clinic.")).extracting(Quantity::text)
                .containsExactly("three miners", "one nurse");
        assertThat(run("One farmer and two herders were found in the valley.")).extracting(Quantity::text)
                .containsExactly("One farmer", "two herders");
        // contrast: "one" alone before a noun of no count is a determiner
        assertThat(run("One day and three herders were lost.")).extracting(Quantity::text)
                .containsExactly("three herders");
    }

    @Test
    void oneWhoSustainedWoundsIsACasualty() {
        assertThat(run("Officials said one guard sustained serious gunshot wounds.")).extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("one guard", "guard"));
        // contrast: no harm to a body
        assertThat(run("Officials said one club suffered a defeat.")).isEmpty();
    }

    @Test
    void anotherAndWhileCountMoreOfTheSameKind() {
        assertThat(run("Four miners taken to the mine clinic died, while another 9 were in a serious state."))
                .extracting(Quantity::unit).containsExactly("miners", "miners");
        assertThat(run("Over 200 farmers have died in the floods since March, while more than 600 are still homeless."))
                .extracting(Quantity::unit).containsExactly("farmers", "farmers");
    }

    @Test
    void aBareNumberTakesTheUnitOfTheSentenceBefore() {
        // (since quant90 "three are minors" names its own noun: PredicateUnits)
        assertThat(run("The union counted the arrest of 48 dockers. At least 12 are accused of rioting, among which three are minors."))
                .extracting(Quantity::unit).containsExactly("dockers", "dockers", "minors");
        // contrast: a sentence with no count between parts the two
        assertThat(run("The union counted the arrest of 48 dockers. The port was quiet on Sunday. At least 12 are accused of rioting."))
                .extracting(Quantity::unit).containsExactly("dockers", null);
    }

    @Test
    void aPartAfterIncludingHandsOnTheWholeAndOneHandsOnAPlural() {
        assertThat(run("Police held more than 300 people, including at least 20 minors. Fewer than 50 of them are accused of rioting."))
                .extracting(Quantity::unit).containsExactly("people", "minors", "people");
        assertThat(run("One nurse was arrested on Monday. At least 12 are accused of hiding the wounded."))
                .extracting(Quantity::unit).containsExactly("nurse", "nurses");
    }

    @Test
    void aFigureRestatedWithItsNounIsOneRecord() {
        assertThat(run("At least 12 nurses were hurt in the march on Monday. The police fired tear gas. "
                + "Witnesses said at least 12 nurses were hurt.")).extracting(Quantity::text)
                .containsExactly("At least 12 nurses");
        // contrast: vague amounts and bare numbers written again may count others
        assertThat(run("Hundreds of people were hurt. Police said hundreds of people were detained."))
                .hasSize(2);
    }

    @Test
    void theTwoSidesOfAClashAreNoCount() {
        assertThat(run("Stones flew as clashes between the two sides left 14 people hurt."))
                .extracting(Quantity::text).containsExactly("14 people");
    }
}
