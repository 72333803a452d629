package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Round qty210: a share's unit is "percent" however it is spelt, money keeps its sign or word as written
 * (the currency's code goes to the rule), a bound is not lent to the next item of a list, a comma
 * list of people ends before a source's "said", "had been 19" is an age and "the number of people
 * detained at 22" is a count. Invented sentences.
 */
class UnitsAsWrittenRoundTest {
    @Test
    void aShareIsPercentHoweverSpelt() {
        assertThat(run("Turnout was 41 percent, up from 38 per cent, and the party took 52% of seats."))
                .extracting(Quantity::unit).containsExactly("percent", "percent", "percent");
    }

    @Test
    void aFractionShareIsPercent() {
        assertThat(run("More than half of the strikers were women."))
                .extracting(Quantity::unit).containsExactly("percent");
    }

    @Test
    void aSignStaysAsWrittenWithItsCodeInTheRule() {
        List<Quantity> qs = run("The union asked for $40 million and the city offered €12 million and US$ 3 million.");
        assertThat(qs).extracting(Quantity::unit).containsExactly("$", "€", "US$");
        assertThat(qs.get(0).rule()).endsWith("+currency:USD");
        assertThat(qs.get(1).rule()).endsWith("+currency:EUR");
    }

    @Test
    void aCurrencyWordStaysAsWritten() {
        List<Quantity> qs = run("Traders said the closure cost them 3 billion naira and 200 million baht.");
        assertThat(qs).extracting(Quantity::unit).containsExactly("naira", "baht");
        assertThat(qs.get(0).rule()).contains("+currency:NGN");
        assertThat(qs.get(1).rule()).contains("+currency:THB");
    }

    @Test
    void aBoundIsNotLentToTheNextItem() {
        List<Quantity> qs = run("At least 31 miners and 9 guards were killed in the raid.");
        assertThat(qs).extracting(Quantity::qualifier).containsExactly(Qualifier.AT_LEAST, Qualifier.EXACT);
        assertThat(run("About 30 flares and 200 pellets were fired."))
                .extracting(Quantity::qualifier).containsExactly(Qualifier.ABOUT, Qualifier.ABOUT);
    }

    @Test
    void aListOfPeopleEndsBeforeASourcesSaid() {
        assertThat(run("The blast wounded dozens of people, doctors and officials said."))
                .extracting(Quantity::unit).containsExactly("people");
        assertThat(run("Police held 40 teachers, nurses and students overnight."))
                .extracting(Quantity::unit).containsExactly("teachers, nurses and students");
    }

    @Test
    void irregularPluralsJoinAList() {
        assertThat(run("About 500 men, women and children walked to the border."))
                .extracting(Quantity::unit).containsExactly("men, women and children");
    }

    @Test
    void witnessesCitedAreSourcesNotCounts() {
        assertThat(run("The soldiers fired into the air, according to two witnesses.")).isEmpty();
    }

    @Test
    void anAgeInThePluperfectIsNoCount() {
        assertThat(run("His mother said he had been 17 at the time.")).isEmpty();
    }

    @Test
    void theNumberOfPeopleHeldAtAFigureIsACount() {
        assertThat(run("An official put the number of people arrested at 64."))
                .extracting(Quantity::value).containsExactly(64.0);
        assertThat(run("I was arrested at 19 for handing out leaflets.")).isEmpty();
    }
}
