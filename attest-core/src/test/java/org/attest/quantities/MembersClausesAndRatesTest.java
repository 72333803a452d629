package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Units of members of a force or community, of bare numbers that open a clause or give another
 * source's figure, of exchange rates, of currencies named with their country's adjective and of a
 * chamber's division; and which restated figures stay. Invented sentences.
 */
class MembersClausesAndRatesTest {

    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void membersOfAForceOrCommunityAreCountedWithTheirBody() {
        assertThat(run("The attack in Varno killed six members of the security forces and two members of the Border Guard Corps."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("six members of the security forces", "members of the security forces"),
                        tuple("two members of the Border Guard Corps", "members of the Border Guard Corps"));
        assertThat(run("Hundreds of members of the Tamil diaspora rallied in Oslo.").get(0).unit())
                .isEqualTo("members of the Tamil diaspora");
        // contrast: members of a committee or a party are members; the body is the news, not a kind of person
        assertThat(run("Police held four members of the strike committee and nine members of the party.")).extracting(Quantity::unit)
                .containsExactly("members", "members");
    }

    @Test
    void aBareNumberOpeningALaterClauseCountsTheSentencesCount() {
        assertThat(run("Police held 60 dock workers on Monday, and their union said that at least 14 were later charged."))
                .extracting(Quantity::unit).containsExactly("dock workers", "dock workers");
        assertThat(run("Some 2,000 nurses marched to the ministry, although police said fewer than 500 were there."))
                .extracting(Quantity::unit).containsExactly("nurses", "nurses");
        // a part named with "among them" is not the count meant
        assertThat(run("The monitor said 300 farmers had been detained, among them 20 women, and that nine have been tried."))
                .extracting(Quantity::unit).containsExactly("farmers", "women", "farmers");
        // contrast: a word amount standing alone is people, as "Dozens rally" is
        assertThat(run("Police dispersed several thousand miners, and union officials said dozens were detained."))
                .extracting(Quantity::unit).containsExactly("miners", "people");
        // contrast: a count of places is not the people of the later clause
        assertThat(run("Strikes spread to 40 towns, and activists said that 300 were arrested."))
                .extracting(Quantity::unit).containsExactly("towns", "people");
        // contrast: with no auxiliary after it the number is no clause's subject
        assertThat(SubjectClauses.opensClause(Tokenizer.tokenize("said that 14 charged", 0, 20), 2, 3)).isFalse();
    }

    @Test
    void anotherSourcesFigureOfTheCountTakesItsNoun() {
        assertThat(run("Organisers counted 9,000 cyclists, well above the city's estimate of about 4,000 that morning."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("9,000 cyclists", "cyclists"), tuple("about 4,000", "cyclists"));
    }

    @Test
    void aWeakPoundQuotedAgainstTheDollarCountsPounds() {
        assertThat(run("The pound changed hands at about 13,500 to the dollar, against the official rate of 3,000."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("about 13,500", "pounds"), tuple("3,000", "pounds"));
        // contrast: "rate of" counts the currency only after the sentence has quoted it against the dollar
        assertThat(run("The lira lost a third of its value while the bank held its policy rate of 45 in May."))
                .extracting(Quantity::unit).doesNotContain("lira");
        // contrast: sterling quoted in dollars counts dollars, not pounds
        assertThat(run("The pound slipped to 1.24 against the dollar.")).extracting(Quantity::unit)
                .doesNotContain("pounds");
    }

    @Test
    void aCurrencyNamedWithItsCountrysAdjectiveHasItsCode() {
        assertThat(CurrencyCodes.tagged(run("A porter earns about 650,000 Iraqi dinars a month.").get(0))).isEqualTo("IQD");
        assertThat(CurrencyCodes.tagged(run("The fine was 40,000 Kenyan shillings.").get(0))).isEqualTo("KES");
        assertThat(run("The fine was 40,000 Kenyan shillings.").get(0).unit()).isEqualTo("Kenyan shillings");
        // contrast: Iran's own currency stays as written
        assertThat(run("The fine was 40 million rials.").get(0).unit()).isEqualTo("rials");
    }

    @Test
    void aChambersDivisionCountsVotes() {
        assertThat(run("The assembly voted 212 to 88 to approve the budget.")).extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("212", "votes"), tuple("88", "votes"));
    }

    @Test
    void theWholeOfAPartIsAFigureOfItsOwn() {
        assertThat(run("At least 45 people were hanged in March. Officials announced only 12 of the 45 executions."))
                .extracting(Quantity::text).containsExactly("At least 45 people", "12", "45 executions");
        // contrast: a count that points back with "the" and no part before it restates the figure
        assertThat(run("At least 45 people were hanged in March. Families of the 45 demanded the bodies."))
                .extracting(Quantity::text).containsExactly("At least 45 people");
    }

    @Test
    void aWireLeadUnderTheHeadlinesIsNoDeck() {
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Two more miners hanged in Korvan",
                "KORVAN, March 3 (Wire) - Korvan on Monday hanged two miners convicted over the riots, the court said.",
                "\"Now two more young men are gone,\" a relative said.");
        assertThat(found).extracting(Quantity::text).contains("two miners");
    }

    @Test
    void aHeadlinesOneWordNounIsAWordOfTheBodysLongerOne() {
        assertThat(HeadlineFigures.sameNoun("cities", "Iranian cities and towns")).isTrue();
        assertThat(HeadlineFigures.sameNoun("members", "members of the security forces")).isTrue();
        // contrast: a word inside another word is no noun of it
        assertThat(HeadlineFigures.sameNoun("men", "women and children")).isFalse();
        List<Quantity> found = HeadingDocs.lines(List.of(0), "Strikes spread to more than 40 towns",
                "Strikes spread to more than 40 northern towns and villages over the weekend, unions said.");
        assertThat(found).extracting(Quantity::text).containsExactly("more than 40 northern towns and villages");
    }

    @Test
    void atLeastBeforeAListBoundsItsOwnFigureOnly() {
        assertThat(run("Rioters burned at least 30 buses and 12 police cars overnight.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.AT_LEAST, Qualifier.EXACT);
        // contrast: "more than" is read with its own figure only, and a verb between parts the figures
        assertThat(run("Rioters burned more than 30 buses and 12 police cars overnight.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.MORE_THAN, Qualifier.EXACT);
        assertThat(run("At least 30 buses burned and 12 police cars were stolen.")).extracting(Quantity::qualifier)
                .containsExactly(Qualifier.AT_LEAST, Qualifier.EXACT);
    }

    @Test
    void aShareVerbsSubjectIsWhatTheNumberCounts() {
        assertThat(run("Kurdish prisoners made up 61 of those hanged, the monitor said.").get(0).unit())
                .isEqualTo("Kurdish prisoners");
        assertThat(run("Female students accounted for 14 of those detained.").get(0).unit()).isEqualTo("Female students");
        // contrast: with no share verb, the whole after "of those" is people; a whole written with its
        // noun is read as the noun of the part, as in "112 of the 290 seats"
        assertThat(run("The monitor named 61 of those hanged.").get(0).unit()).isEqualTo("people");
        assertThat(run("Women accounted for 14 of the detainees.").get(0).unit()).isEqualTo("detainees");
    }

    @Test
    void aPullQuotesFigureIsNoStatementOfTheReport() {
        String text = "Police held 12 miners on Monday.\n\n"
                + "\"Now two more young men are gone.\" - a union organiser in exile\n\n"
                + "\u201cFree them all\u201d \u2014 the slogan as 5,000 people marched.\n\n"
                + "\"Three more were taken,\" the organiser said.";
        assertThat(run(text)).extracting(Quantity::text).containsExactly("12 miners", "5,000 people", "Three");
    }
}
