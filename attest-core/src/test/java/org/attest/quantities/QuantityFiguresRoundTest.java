package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * Reports rich in figures (tolls, fines, shares, monitors' tallies): words that look like counts
 * and are not, and units a bare number takes from its neighbours. Invented sentences.
 */
class QuantityFiguresRoundTest {
    private static List<Quantity> run(String text) {
        return QuantityStageTest.run(text);
    }

    @Test
    void aCurrencyWordKeepsTheSpellingOfTheText() {
        assertThat(run("The court fined each of them 15,000 rubles on Friday."))
                .extracting(Quantity::text, Quantity::unit)
                .containsExactly(tuple("15,000 rubles", "rubles"));
        assertThat(run("The fine was raised to 300,000 roubles."))
                .extracting(Quantity::unit).containsExactly("roubles");
    }

    @Test
    void scoresAsAVerbIsNoCount() {
        assertThat(run("Ruling party scores narrow win in mayoral vote")).isEmpty();
        // contrast: the noun stays a vague count
        assertThat(run("Scores of students were detained at the gate."))
                .extracting(Quantity::text, Quantity::value).containsExactly(tuple("Scores of students", 20.0));
        assertThat(run("The raid added to scores killed in the region."))
                .extracting(Quantity::value).containsExactly(20.0);
    }

    @Test
    void aNumberWithABracketedSubNumberIsASection() {
        assertThat(run("Detainees must sign 217(3) of the penal code before release.")).isEmpty();
        // contrast: a count followed by an aside in brackets stays a count
        assertThat(run("Police held 217 (mostly students) overnight."))
                .extracting(Quantity::value).containsExactly(217.0);
    }

    @Test
    void byTheDozenIsAMannerNotACount() {
        assertThat(run("Reporters are being jailed by the dozen, the union said.")).isEmpty();
    }

    @Test
    void anAgeAfterBeAndAnAdverbIsNoCount() {
        assertThat(run("He was detained in 1999; he is now 61.")).isEmpty();
        // contrast: a toll after "is now" stays a count
        assertThat(run("The toll is now 61, medics said."))
                .extracting(Quantity::value).containsExactly(61.0);
    }

    @Test
    void aDeathTollFarBeforeItsFigureStillNamesTheUnit() {
        assertThat(run("The death toll from the week of clashes between herders and the army around "
                + "the northern market towns and their villages climbed to 73 on Friday."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(73.0, "deaths"));
        // contrast: far back, another figure between has the toll for itself
        assertThat(run("The death toll from the week of clashes in the northern towns reached 40 and the "
                + "army said on Friday that soldiers had cleared the roads around 12 villages."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.0, "deaths"), tuple(12.0, "villages"));
    }

    @Test
    void aBracketedAsideDoesNotPartTwoCountsOfOneNoun() {
        assertThat(run("Some 900 clinics (12 per cent of the total) stayed shut, while only 1,400 opened."))
                .extracting(Quantity::value, Quantity::unit)
                .contains(tuple(900.0, "clinics"), tuple(1400.0, "clinics"));
    }

    @Test
    void aCountForAnotherYearTakesTheNounOfTheClauseBefore() {
        assertThat(run("About 2,100 students were expelled from the universities over the protests "
                + "in 2019 and nearly 3,000 in 2020."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(2100.0, "students"), tuple(3000.0, "students"));
    }

    @Test
    void aParticipleAfterTheNounOrClosingTheClauseIsNoUnit() {
        assertThat(run("Food never reached the 35 prisoners taken to the barracks."))
                .extracting(Quantity::unit).containsExactly("prisoners");
        assertThat(run("The morgue took in bodies all week, with just 35 identified."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(35.0, null));
        assertThat(run("By noon 700 nurses were on strike and only 90 working."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(700.0, "nurses"), tuple(90.0, "nurses"));
    }

    @Test
    void keyIsNoPartOfTheUnit() {
        assertThat(run("Farmers blocked four key highways into the capital."))
                .extracting(Quantity::unit).containsExactly("highways");
    }

    @Test
    void aTermOfOfficeIsAPeriod() {
        assertThat(run("The governor served two consecutive terms before the vote.")).isEmpty();
    }

    @Test
    void oneAsTheObjectOfAPeopleVerbIsACount() {
        assertThat(run("Gunmen stormed the office, killing one guard."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(1.0, "guard"));
        // contrast: "one of" stays a pronoun
        assertThat(run("Police arrested one of the organisers.")).isEmpty();
    }

    @Test
    void aCapitalisedNumberWordAfterAFullStopWrittenOnStartsASentence() {
        assertThat(run("Officers searched the flat....Nine rifles were seized."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(9.0, "rifles"));
    }

    @Test
    void aNumberCoordinatedWithOneTakesThePluralOfItsNoun() {
        assertThat(run("One nurse died and three were wounded when the clinic was shelled."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(1.0, "nurse"), tuple(3.0, "nurses"));
        assertThat(run("At least one man was killed and two were hurt."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(1.0, "man"), tuple(2.0, "men"));
    }

    @Test
    void aPartAfterIncludingCountsThePeopleNotThePlaces() {
        assertThat(run("Police detained 900 marchers in 14 towns, including more than 300 in the port."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(900.0, "marchers"), tuple(14.0, "towns"), tuple(300.0, "marchers"));
    }

    @Test
    void aWordBeforeANameIsNoConjunctOfTheUnit() {
        assertThat(run("The count gave Rahimi 51,200 votes and incumbent Governor Sadeq 48,900."))
                .extracting(Quantity::value, Quantity::unit)
                .contains(tuple(51200.0, "votes"));
        // contrast: two plural nouns joined by "and" stay one unit
        assertThat(run("Police held 40 students and teachers."))
                .extracting(Quantity::unit).containsExactly("students and teachers");
    }

    @Test
    void aNumberAfterAChangeVerbCountsThePluralSubjectOfItsClause() {
        assertThat(run("The monitor said that evictions in the province climbed to at least 930 last year."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(930.0, "evictions"));
        // contrast: an object between the verb and "to", or a subject that is no plural count
        assertThat(run("The court raised the bail to 930 on Monday."))
                .extracting(Quantity::unit).containsOnlyNulls();
        assertThat(run("Bread prices rose to 930 in a week."))
                .extracting(Quantity::unit).containsOnlyNulls();
    }

    @Test
    void aNumberAfterAVerbOfSizeCountsTheNounBeforeIt() {
        assertThat(run("The strikers, numbering about 7,000, blocked the port road."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(7000.0, "strikers"));
    }

    @Test
    void aScaledNumberBeforeAMonthIsNoDate() {
        assertThat(run("It was the biggest march since a rally of about 3 million May 1."))
                .extracting(Quantity::value).containsExactly(3000000.0);
        // contrast: a day before a month stays a date
        assertThat(run("The rally on 3 May drew no one.")).isEmpty();
    }

    @Test
    void aNumberAfterACommaAndStartsAClauseOfItsOwn() {
        assertThat(run("Forty people died, including eight police officers, and hundreds were arrested."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(40.0, "people"), tuple(8.0, "police officers"), tuple(100.0, "people"));
    }

    @Test
    void aHeadlineVerbBeforeAPluralNounOpensACompound() {
        assertThat(run("Monitors counted 95 campus protest meetings in a week."))
                .extracting(Quantity::unit).containsExactly("campus protest meetings");
        // contrast: as the verb after its noun it still ends the unit
        assertThat(run("About 300 nurses protest outside the ministry."))
                .extracting(Quantity::unit).containsExactly("nurses");
    }

    @Test
    void aBareNumberPolledOrScoredCountsVotes() {
        assertThat(run("In the north the ruling party polled 412,880, the opposition 390,115."))
                .extracting(Quantity::value, Quantity::unit).contains(tuple(412880.0, "votes"));
        // contrast: a number with its own noun keeps it
        assertThat(run("The party polled 41 percent."))
                .extracting(Quantity::unit).containsExactly("percent");
    }

    @Test
    void anItemOfAListOfCountsTakesTheNounOfTheFirst() {
        assertThat(run("At least 90 prisoners were hanged for drug offences last year, 31 for murder, "
                + "and four for espionage."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(90.0, "prisoners"), tuple(31.0, "prisoners"), tuple(4.0, "prisoners"));
    }

    @Test
    void aNumberAfterAPluralWereCountsTheSubject() {
        assertThat(run("Accredited observers in the province were 2,310, the commission said."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(2310.0, "Accredited observers"));
    }

    @Test
    void aCommaListOfPluralNounsClosedByAndIsOneUnit() {
        assertThat(run("The court tried 14 bloggers, lawyers and teachers on Monday."))
                .extracting(Quantity::unit).containsExactly("bloggers, lawyers and teachers");
        // contrast: a comma before a clause ends the unit
        assertThat(run("Police held 40 protesters, witnesses said."))
                .extracting(Quantity::unit).containsExactly("protesters");
    }

    @Test
    void aHeadlineVerbAfterAWordNumberIsTheVerbOfThePeopleCounted() {
        assertThat(run("Outside the court, three march to the embassy."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(3.0, "people"));
    }

    @Test
    void aVagueAmountWithAnAsideStillTakesItsPeopleVerb() {
        assertThat(run("Dozens, maybe hundreds, were detained overnight."))
                .extracting(Quantity::value, Quantity::unit)
                .containsExactly(tuple(12.0, "people"), tuple(100.0, "people"));
    }

    @Test
    void numberedInTheCountsTheSubject() {
        assertThat(run("Mourners numbered in the thousands by noon."))
                .extracting(Quantity::value, Quantity::unit).containsExactly(tuple(1000.0, "Mourners"));
    }

    @Test
    void aSingularNounAfterAPluralIsNoSecondNounOfTheCount() {
        assertThat(run("Agents took away his 2 sons and brother."))
                .extracting(Quantity::unit).containsExactly("sons");
        // contrast: plurals and plural-like group nouns pair
        assertThat(run("Clashes injured 30 protesters and police."))
                .extracting(Quantity::unit).containsExactly("protesters and police");
    }

    @Test
    void aSingularDemonymAfterAPluralCountIsMadePlural() {
        assertThat(run("On Friday thousands of Syrian joined the online rally."))
                .extracting(Quantity::unit).containsExactly("Syrians");
        // contrast: one of them stays singular, and a demonym before its noun is no unit alone but
        // part of the noun's unit (KeptAdjectivesTest)
        assertThat(run("Police detained one Syrian protester and 40 Syrian workers."))
                .extracting(Quantity::unit).containsExactly("Syrian workers");
    }
}
