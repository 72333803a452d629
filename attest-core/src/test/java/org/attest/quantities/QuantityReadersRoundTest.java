package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Numbers a careful reader reads otherwise than word by word (branch quant23): thousands grouped
 * with a dot, ages and "no one", verbs before "to", nouns a second clause or a chain of numbers
 * leaves out. Invented sentences.
 */
class QuantityReadersRoundTest {
    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void aDotGroupsTheThousandsOfACount() {
        assertThat(run("Nearly 4.000 persons crossed the bridge and some 1.500 of them camped there."))
                .extracting(Quantity::value).containsExactly(4000.0, 1500.0);
        // contrast: a share or a sum keeps its decimals
        assertThat(run("Turnout rose 2.125 percent on the day.")).extracting(Quantity::value).containsExactly(2.125);
    }

    @Test
    void asYoungAsGivesAnAge() {
        assertThat(run("Pupils as young as 11 were held at the station.")).isEmpty();
        assertThat(run("Pensioners as old as 90 joined the march.")).isEmpty();
    }

    @Test
    void noOneIsNoCount() {
        assertThat(run("The minister said no one guilty has been charged.")).isEmpty();
    }

    @Test
    void aVerbBeforeToEndsTheNoun() {
        assertThat(run("Hundreds of nurses vow to strike again next week."))
                .extracting(Quantity::unit).containsExactly("nurses");
        assertThat(run("Dozens of farmers plan to block the highway."))
                .extracting(Quantity::unit).containsExactly("farmers");
        // contrast: with no "to" after it the word may be a noun of the count
        assertThat(run("Police found 40 pension plan leaflets.")).extracting(Quantity::unit)
                .containsExactly("pension plan leaflets");
    }

    @Test
    void aSingularAfterAndIsNoSecondNounOfTheCount() {
        assertThat(run("It drew on talks with 20 nurses and analysis of hospital records."))
                .extracting(Quantity::unit).containsExactly("nurses");
    }

    @Test
    void aSecondPeopleVerbCountsTheSameNoun() {
        assertThat(run("Troops opened fire, killing 3 miners, wounding 9 near the pit."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(3.0, "miners"), tuple(9.0, "miners"));
        assertThat(run("Guards shot 2 inmates and injured 5 during the riot."))
                .extracting(Quantity::unit).containsExactly("inmates", "inmates");
    }

    @Test
    void thePluralOfPeopleIsPeople() {
        assertThat(Plurals.plural("people")).isEqualTo("people");
        assertThat(Plurals.plural("young men")).isEqualTo("young men");
    }

    @Test
    void partsOfThePeopleAVerbBefellArePeople() {
        // quant90: a part's own "were" and plural noun name it ("40 were students"), as "twelve of them
        // were nurses" does; with a verb after "were" the part stays people
        assertThat(run("Two guards were hurt. Of those detained, 40 were students and 7 were released."))
                .extracting(Quantity::unit).containsExactly("guards", "students", "people");
    }

    @Test
    void aChainOfNumbersSharesTheLastNoun() {
        assertThat(run("The rivals won 51,200 and 30,480 and 9,115 ballots."))
                .extracting(Quantity::unit).containsExactly("ballots", "ballots", "ballots");
    }

    @Test
    void capitalsBeforeANounAreAnAbbreviation() {
        assertThat(run("A loaf now costs 90 US cents in the capital."))
                .extracting(Quantity::unit).containsExactly("US cents");
    }

    @Test
    void anApproximationBeforeAListCoversTheList() {
        assertThat(run("Riot police fired about 30 flares, 200 pellets and 90 smoke canisters."))
                .extracting(Quantity::qualifier)
                .containsExactly(Qualifier.ABOUT, Qualifier.ABOUT, Qualifier.ABOUT);
        // contrast: a verb between the figures makes each a statement of its own
        assertThat(run("About 30 marchers were held and 200 pupils went home."))
                .extracting(Quantity::qualifier).containsExactly(Qualifier.ABOUT, Qualifier.EXACT);
    }
}
