package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * "several dozen" holds two dozen, unlike "several hundred"; the size of a crowd counts the people
 * the sentence before counted; a number that ends a site's navigation trail;
 * bracketed counts of a list's names. Invented sentences.
 */
class DozensAndCrowdsTest {
    @Test
    void severalDozenIsTwoDozen() {
        assertThat(run("Several dozen miners blocked the gate of the smelter."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("Several dozen miners", 24.0, Qualifier.VAGUE));
        // contrast: "several hundred" keeps one of its magnitude
        assertThat(run("Several hundred miners blocked the gate of the smelter."))
                .extracting(Quantity::value).containsExactly(100.0);
    }

    @Test
    void aCrowdAfterACountOfPeopleIsOfThosePeople() {
        assertThat(run("In the capital about 600 nurses marched to the ministry. "
                + "Elsewhere the crowds were thinner, estimated at 80 each."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(600.0, "nurses"), tuple(80.0, "nurses"));
        // contrast: after a count of towns a crowd is still of people
        assertThat(run("Nurses marched in 14 towns. The crowds were estimated at 80 each."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(14.0, "towns"), tuple(80.0, "people"));
    }

    @Test
    void aNumberEndingANavigationTrailIsNoCount() {
        assertThat(run("Archive › Weekly › 1398\n\nGuards detained 14 porters near the pass."))
                .extracting(Quantity::text).containsExactly("14 porters");
        // contrast: the same number ending a plain line is still read
        assertThat(run("Guards detained 14 porters near the pass, bringing the total to 1398"))
                .extracting(Quantity::value).contains(1398.0);
    }

    @Test
    void aBracketedNumberAfterANameInAListOfBracketedCountsIsACount() {
        assertThat(run("By town, Dorvik (21 strikes), Elmshire (8) and Tarnby (5) led the table."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(21.0, "strikes"), tuple(8.0, "strikes"), tuple(5.0, "strikes"));
        // contrast: a bracketed number with no such list before it stays out
        assertThat(run("The Elmshire (8) branch said 40 workers struck."))
                .extracting(Quantity::text).containsExactly("40 workers");
    }
}
