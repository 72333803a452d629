package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import java.util.List;
import org.attest.model.Qualifier;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Figures as wire copy and rights-group reports write them: two tallies joined by "and more
 * than", a tilde for "about", a part of someone's followers, words echoed in bracketed digits;
 * invented sentences.
 */
class QuantityWireCopyTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
        # sentence | expected span text | value | value max | qualifier | unit
        Turnout reached ~38% in the capital. | ~38% | 38 | - | about | percent
        The video drew ~2,000 comments overnight. | ~2,000 comments | 2000 | - | about | comments
        Clashes killed at least 9 of his bodyguards. | at least 9 of his bodyguards | 9 | - | at_least | bodyguards
        Police held 40 of our members for a night. | 40 of our members | 40 | - | exact | members
        Thousands of her followers marched on Friday. | Thousands of her followers | 1000 | - | vague | followers
        Opponents put the toll at closer to 70. | closer to 70 | 70 | - | about | people
        Five (5) teachers were suspended. | Five (5) teachers | 5 | - | exact | teachers
        Fourty miners were trapped underground. | Fourty miners | 40 | - | exact | miners
        Fourty-two (42) activists were summoned. | Fourty-two (42) activists | 42 | - | exact | activists
        Hundreds of drivers share videos of the queues. | Hundreds of drivers | 100 | - | vague | drivers
        Some 300 nurses demand back pay. | Some 300 nurses | 300 | - | about | nurses
        The number of those detained has reached 640. | 640 | 640 | - | exact | people
        The number of the wounded stood at 95 on Friday. | 95 | 95 | - | exact | people
        Arrests surpassed 1,200 detainees by March. | surpassed 1,200 detainees | 1200 | - | more_than | detainees
        Analysts said the number of hangings could exceed 900. | exceed 900 | 900 | - | more_than | hangings
        The judge set bail at LE8,000 for the student. | LE8,000 | 8000 | - | exact | LE
        Each marcher was fined USD250 on Monday. | USD250 | 250 | - | exact | USD
        Police offered a HK$500,000 reward for the organiser. | HK$500,000 | 500000 | - | exact | HK$
        The union raised NZ$2m for the strikers. | NZ$2m | 2000000 | - | exact | NZ$
        The army said 700 would be freed this week. | 700 | 700 | - | exact | people
        A gang of two or even three men attacked the guard. | two or even three men | 2 | 3 | range | men
        In the city the number detained was at least 1,250. | at least 1,250 | 1250 | - | at_least | people
        The number of injured at the march reached 77. | 77 | 77 | - | exact | people
        """)
    void findsTheQuantity(String sentence, String text, Double value, Double valueMax, String qualifier, String unit) {
        QuantityStageTest.assertOne(run(sentence), sentence, text, value, valueMax, qualifier, unit);
    }

    @Test
    void andMoreThanOpensTheNextFigureNotATrailingBound() {
        List<Quantity> found = run("The clinic recorded 14 deaths and more than 90 people wounded.");
        assertThat(found).extracting(Quantity::text).containsExactly("14 deaths", "more than 90 people");
        assertThat(found).extracting(Quantity::qualifier).containsExactly(Qualifier.EXACT, Qualifier.MORE_THAN);
        List<Quantity> bare = run("Officials counted 21 dead, and 6 or less than a tenth of the wounded were men.");
        assertThat(bare).extracting(Quantity::text).startsWith("21 dead");
        assertThat(bare.get(0).qualifier()).isEqualTo(Qualifier.EXACT);
    }

    @Test
    void anAdverbBeforeAVerbIsNoNoun() {
        List<Quantity> found = run("The clashes left 14 dead and nearly 300 seriously injured.");
        // "dead" right after the number, or "injured" after an adverb, is its noun (HurtNouns, since r1q)
        assertThat(found).extracting(Quantity::text).containsExactly("14 dead", "nearly 300 seriously injured");
        assertThat(found).extracting(Quantity::unit).containsExactly("dead", "injured");
        assertThat(run("Guards moved 12 newly arrested students to the prison.")).extracting(Quantity::unit)
                .containsExactly("newly arrested students");
    }

    @Test
    void aShareAfterOrOverIsNoAgeLimit() {
        List<Quantity> found = run("Some 2 million marched, or over 4% of the country.");
        assertThat(found).extracting(Quantity::text).containsExactly("Some 2 million", "over 4%");
        assertThat(found.get(1).qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(run("Only voters over 30 were polled.")).isEmpty();
    }

    @Test
    void aRunningTotalCountsWhatTheFigureBeforeCounted() {
        List<Quantity> found = run("Another 40 nurses were dismissed, bringing the total to 310.");
        assertThat(found).extracting(Quantity::unit).containsExactly("nurses", "nurses");
        assertThat(run("A total of 75 nurses were dismissed.")).extracting(Quantity::text)
                .containsExactly("75 nurses");
    }

    @Test
    void aYearThatDatesTheTotalStandsBetweenItAndItsFigure() {
        assertThat(run("The clinic has dismissed at least 40 nurses since March, and the total for 2023 stands at over 300."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("at least 40 nurses", "nurses"),
                        org.assertj.core.groups.Tuple.tuple("over 300", "nurses"));
    }

    @Test
    void aFractionOfAPeriodIsNoShare() {
        assertThat(run("Executions rose in the first half of 2025.")).isEmpty();
        assertThat(run("Strikes slowed in the second quarter of the year.")).isEmpty();
        assertThat(run("Half of the detainees were freed.")).extracting(Quantity::unit).containsExactly("percent");
    }

    @Test
    void andMoreStillTrailsAFigureWithoutThan() {
        List<Quantity> found = run("Vendors in 40 towns and more closed their stalls.");
        assertThat(found).extracting(Quantity::qualifier).containsExactly(Qualifier.AT_LEAST);
    }

    @Test
    void aPartAndAWholeEchoedInDigitsShareTheWholesNoun() {
        List<Quantity> found = run("Three (3) of the nine (9) defendants were women.");
        assertThat(found).extracting(Quantity::text).containsExactly("Three (3)", "nine (9) defendants");
        assertThat(found).extracting(Quantity::unit).containsExactly("defendants", "defendants");
        assertThat(run("Two of the five candidates withdrew.")).extracting(Quantity::unit)
                .containsExactly("candidates", "candidates");
    }

    @Test
    void aCurrencyCodeGluedToDigitsIsMoneyButALetterGluedToDigitsIsAName() {
        assertThat(run("Jets of the F16 type flew over the rally.")).isEmpty();
        assertThat(run("Le 5 the court met again.")).extracting(Quantity::unit).doesNotContain("LE");
        assertThat(run("He paid a $40 fine.")).extracting(Quantity::unit).containsExactly("$");
    }

    @Test
    void aPartOutOfAWholeTakesTheWholesUnit() {
        assertThat(run("Results came in from 41 out of the 60 wards.")).extracting(Quantity::unit)
                .containsExactly("wards", "wards");
        assertThat(run("Strikes closed schools in 9 out of 14 districts.")).extracting(Quantity::unit)
                .containsExactly("districts", "districts");
    }

    @Test
    void aNumberOfAPeopleVerbBeforeANounCountsTheNoun() {
        assertThat(run("The number of injured miners reached 77.")).extracting(Quantity::unit)
                .containsExactly("injured miners");
    }

    @Test
    void aPostposedAdjectiveWithNoNounAfterTheNumberIsNoUnit() {
        assertThat(run("The bloc won 30 seats out of 45 available in the vote.")).extracting(Quantity::unit)
                .containsExactly("seats", "seats");
        assertThat(run("Forty angry farmers blocked the road.")).extracting(Quantity::unit)
                .containsExactly("angry farmers");
    }

    @Test
    void aPresentTenseVerbAfterANumberInATitleCaseHeadlineIsNoUnit() {
        assertThat(run("Nine Await Execution in Northern Prison")).extracting(Quantity::unit)
                .containsExactly("people");
        assertThat(run("400 Protest Outside City Hall Over Rents")).extracting(Quantity::unit)
                .containsExactly("people");
        assertThat(run("Two Rally Organisers Detained in Port City")).extracting(Quantity::unit)
                .containsExactly("Rally Organisers");
    }

    @Test
    void aBareNumberJoinedToANumberWithANounSharesTheNoun() {
        List<Quantity> found = run("Two papers counted 58 and 61 arrests respectively.");
        assertThat(found).extracting(Quantity::text).containsExactly("Two papers", "58", "61 arrests");
        assertThat(found).extracting(Quantity::unit).containsExactly("papers", "arrests", "arrests");
        assertThat(run("The sit-in lasted 5 and 6 days in two towns.")).extracting(Quantity::text)
                .containsExactly("two towns");
        assertThat(run("Guards detained 12 and 30 were hurt.")).extracting(Quantity::unit)
                .containsExactly("people", "people");
    }

    @Test
    void aParticipleAfterTheOrOfQualifiesTheNoun() {
        assertThat(run("Gunfire caused hundreds of the recorded deaths.")).extracting(Quantity::unit)
                .containsExactly("recorded deaths");
        assertThat(run("The 640 recorded in March were mostly students.")).extracting(Quantity::unit)
                .doesNotContain("recorded");
    }

    @Test
    void outOfWithoutANumberAfterItIsNoWhole() {
        assertThat(run("Guards pushed 20 out of the building.")).extracting(Quantity::unit)
                .doesNotContain("building");
    }

    @Test
    void aModalBeforeAVerbOfNoPeopleLeavesTheUnitOpen() {
        assertThat(run("Officials said 700 would suffice.")).extracting(Quantity::unit).containsOnlyNulls();
    }

    @Test
    void twoOrEvenThreeTimesIsAMultiplierNoCount() {
        assertThat(run("The real toll may be two or even three times higher.")).isEmpty();
    }

    @Test
    void bracketedDigitsThatDifferAreNoEcho() {
        List<Quantity> found = run("Six (7 by other counts) journalists were held.");
        assertThat(found).extracting(Quantity::text).doesNotContain("Six (7)");
    }
}
