package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * The quant90 rules: a people's adjective kept in the unit (since r1q; it was left out before), "and their" supporters, a part's
 * own "were", chambers of legislatures, the main count a comparison takes, an age after "now",
 * parts of a body. Invented sentences.
 */
class PeoplesAdjectivesAndPartsTest {

    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void aPeoplesAdjectiveBeforeTheNounStaysInTheUnit() {
        assertThat(run("Border guards detained hundreds of Turkish truck drivers, 14 Kurdish political prisoners "
                + "were moved and 30 U.S. lawmakers wrote to the envoy."))
                .extracting(Quantity::unit).containsExactly("Turkish truck drivers", "Kurdish political prisoners", "U.S. lawmakers");
        // a noun that says nothing but the nationality keeps it too; a plural people-name is the noun
        assertThat(run("Police held two Afghan nationals and dozens of Iraqis.")).extracting(Quantity::unit)
                .containsExactly("Afghan nationals", "Iraqis");
    }

    @Test
    void aNumberBeforeAPeoplesAdjectiveAndItsNounIsNoName() {
        assertThat(run("In Lyon 45 Spanish deputies signed the appeal.")).extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("45 Spanish deputies", "Spanish deputies"));
        // contrast: a capitalised word after the number that is no people's adjective still makes a name
        assertThat(run("Protesters gathered at Gate 4 Square in Lyon.")).isEmpty();
    }

    @Test
    void andTheirOpensAnotherNounOfTheCount() {
        assertThat(run("Tens of thousands of Chileans and their friends marched in Madrid.").get(0).unit())
                .isEqualTo("Chileans and friends");
        // contrast: a family is no person, so the number counts only the noun before it
        assertThat(run("Some 300 miners and their families camped outside the mine.").get(0).unit()).isEqualTo("miners");
    }

    @Test
    void aBareNumberTakesTheNounOfItsOwnWere() {
        assertThat(run("Of those detained in March, 17 were teachers and at least 5 were retired nurses."))
                .extracting(Quantity::unit).containsExactly("teachers", "retired nurses");
        // contrast: a verb after "were" names no kind of person
        assertThat(run("Of those detained in March, 17 were released.")).extracting(Quantity::unit).containsExactly("people");
    }

    @Test
    void membersOfANamedChamberAreCountedWithTheChamber() {
        assertThat(run("More than 90 members of the House of Commons and some 40 members of the European Parliament signed."))
                .extracting(Quantity::unit)
                .containsExactly("members of the House of Commons", "members of the European Parliament");
    }

    @Test
    void aComparisonAfterAnIncludingPartTakesTheMainCount() {
        assertThat(run("The courts hanged 412 people in 2021, including 19 women, compared with 367 the year before."))
                .extracting(Quantity::unit).containsExactly("people", "women", "people");
    }

    @Test
    void nowAndASmallNumberAfterAPersonIsAnAge() {
        assertThat(run("\"We slept on the floor,\" said one former prisoner, now 68.")).isEmpty();
        assertThat(run("Leila Farzin, now 54, told the court she was innocent.")).isEmpty();
        // contrast: after a toll the number is a count
        assertThat(run("The toll, now 71, is still rising.")).extracting(Quantity::value).containsExactly(71.0);
    }

    @Test
    void partsOfABodyAreNoCount() {
        assertThat(run("\"Three of his teeth were broken and he lost two fingers,\" his sister said.")).isEmpty();
    }

    @Test
    void aLoneOneBeforeASpeakerIsNoCount() {
        assertThat(run("\"Our children go hungry,\" one worker told reporters.")).isEmpty();
        // contrast: a toll's own noun is a count of one
        assertThat(run("The clash left one casualty.")).extracting(Quantity::unit).containsExactly("casualty");
    }

    @Test
    void aWholeWithItsOwnQualifierAfterTheGivesThePartItsNoun() {
        assertThat(run("The council rejected 900 of the nearly 3,000 applicants.")).extracting(Quantity::unit)
                .containsExactly("applicants", "applicants");
    }

    @Test
    void aBareNumberAfterTheOfOfAnActionOnPeopleCountsPeople() {
        assertThat(run("The prosecutor ordered the arrest of thousands.")).extracting(Quantity::unit).containsExactly("people");
    }

    @Test
    void theNumberOfMayStandFarBeforeItsNumber() {
        assertThat(run("The number of teachers summoned in the province since the start of the Persian year has risen to 64."))
                .extracting(Quantity::unit).containsExactly("teachers");
        // contrast: "the number of" in the sentence before names no noun of this one
        assertThat(run("The number of teachers is small. In the province since the start of the year it rose to 64."))
                .extracting(Quantity::unit).containsExactly((String) null);
    }

    @Test
    void aHeadlineFigureTheBodyOnlyPointsBackToStays() {
        assertThat(HeadingDocs.lines(List.of(0, 1), "Court in Marrow sentences protesters",
                "Three young men from Korvan face the gallows",
                "A court in Marrow sentenced Ali Vahedi, Omid Sarraf and Karim Nouri to death on Monday. "
                        + "The three men were arrested in May."))
                .extracting(Quantity::text).containsExactly("Three young men");
        // contrast: a body that states the figure with a noun of its own keeps the body's
        assertThat(HeadingDocs.lines(List.of(0, 1), "Court in Marrow sentences protesters",
                "Three young men from Korvan face the gallows",
                "A court in Marrow sentenced three men to death on Monday."))
                .extracting(Quantity::text).containsExactly("three men");
    }
}
