package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The unit a careful reader writes for a count: a currency sign's code, the Korean won after a
 * scale word, the noun after a ranking adjective, a second noun that is a compound, a gerund
 * compound, a crowd's turnout, a part after "including", and the old and new values of an object
 * a verb changes. Invented sentences.
 */
class QuantityUnitHeadsTest {

    @Test
    void aCurrencySignAndACurrencyWordReadAsWritten() {
        assertThat(run("The port lost £12 million, the airline €8 million and the railway $3 million."))
                .extracting(Quantity::unit).containsExactly("£", "€", "$");
        // contrast: the currency spelt out stays as the text writes it
        assertThat(run("The port lost 12 million pounds.")).extracting(Quantity::unit).containsExactly("pounds");
    }

    @Test
    void wonAfterAScaleWordIsTheCurrency() {
        assertThat(run("The shipyard strike cost about 900 billion won."))
                .extracting(Quantity::text, Quantity::unit).containsExactly(tuple("about 900 billion won", "won"));
        // contrast: after a bare number "won" is a verb, no currency
        assertThat(run("Of the 40 candidates, 12 won.")).extracting(Quantity::unit).doesNotContain("won");
    }

    @Test
    void aRankingAdjectiveIsNoPartOfTheUnit() {
        assertThat(run("The inquiry examined 31 individual complaints against at least a dozen well-known editors."))
                .extracting(Quantity::unit).containsExactly("complaints", "editors");
        assertThat(run("Staff at the four largest airlines walked out.")).extracting(Quantity::unit)
                .containsExactly("airlines");
        // contrast: an adjective that names a kind stays
        assertThat(run("Police questioned 14 masked youths.")).extracting(Quantity::unit)
                .containsExactly("masked youths");
    }

    @Test
    void aSecondNounThatIsACompoundJoinsTheUnit() {
        assertThat(run("About 250 nurses and care assistants marched to the hospital board."))
                .extracting(Quantity::unit).containsExactly("nurses and care assistants");
        assertThat(run("The group closed 70 bakeries and grocery shops on Friday."))
                .extracting(Quantity::unit).containsExactly("bakeries and grocery shops");
        // contrast: a singular that heads nothing after it is someone else, not a second noun
        assertThat(run("Police arrested 30 miners and their leader.")).extracting(Quantity::unit)
                .containsExactly("miners");
    }

    @Test
    void aGerundBeforeAPluralNounNamesAKindOfIt() {
        assertThat(run("The board left 1,300 empty nursing posts unfilled."))
                .extracting(Quantity::unit).containsExactly("empty nursing posts");
        // contrast: after a plural the gerund is the verb of the people counted
        assertThat(run("About 600 dockers waving flags blocked the gate.")).extracting(Quantity::unit)
                .containsExactly("dockers");
    }

    @Test
    void aTurnoutCountsPeople() {
        assertThat(run("The farmers' union put the turnout at 7,000.")).extracting(Quantity::unit)
                .containsExactly("people");
    }

    @Test
    void aPartAfterIncludingCountsTheWholesNounBeforeAVerbSaysPeople() {
        assertThat(run("Nine nurses remain suspended, including four dismissed last year."))
                .extracting(Quantity::unit).containsExactly("nurses", "nurses");
    }

    @Test
    void aVerbChangingItsObjectFromOneValueToAnotherGivesTwoFigures() {
        assertThat(run("The council wants to cut the bus fare for students from 40% to 25% next year."))
                .extracting(Quantity::text, Quantity::value, Quantity::qualifier)
                .containsExactly(tuple("40%", 40.0, Qualifier.EXACT), tuple("25%", 25.0, Qualifier.EXACT));
        // contrast: with no verb of change, "from X to Y" is a range
        assertThat(run("Crowds of from 400 to 600 people gathered daily.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.RANGE);
    }

    @Test
    void timesARulingWasRenewedIsACount() {
        assertThat(run("The court has adjourned the hearing 11 times, and his detention was renewed more than 20 times."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("11 times", "times"), tuple("more than 20 times", "times"));
        // contrast: a ratio stays no count
        assertThat(run("Prices rose three times faster than wages.")).isEmpty();
    }

    @Test
    void aBareNumberOpeningTheNextSentenceCountsThePeopleAPassiveBefell() {
        assertThat(run("At least 25 miners were arrested at the gate. Four were injured."))
                .extracting(Quantity::unit).containsExactly("miners", "miners");
        // contrast: a count that was no subject of what befell them hands on nothing
        assertThat(run("Police cleared 25 camps at the gate. Four were injured."))
                .extracting(Quantity::unit).containsExactly("camps", "people");
    }
}
