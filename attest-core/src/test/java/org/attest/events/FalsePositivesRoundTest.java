package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.sentencesOf;
import static org.attest.events.TestDocs.types;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * False positives, round ev24 (3 December 2026, invented sentences): a sentence printed twice, a
 * shooting told after the killing it caused, an announcement that is the boycott it calls, and
 * near-negations and "any".
 */
class FalsePositivesRoundTest {

    @Test
    void aSentencePrintedTwiceTellsItsEventsOnce() {
        Document twice = TestDocs.doc().published("2024-05-08")
                .paragraph("Riot police arrested striking teachers outside the ministry in Dorvana.")
                .paragraph("The minister declined to comment.")
                .paragraph("Riot police arrested striking teachers outside the ministry in Dorvana.", "Schools stayed shut.")
                .place("Dorvana", 9101).place("Dorvana", 9101).build();
        assertThat(sentencesOf(twice, "arrest")).hasSize(1);
        // a like sentence with other words is news of its own
        Document other = TestDocs.doc().published("2024-05-08")
                .paragraph("Riot police arrested striking teachers outside the ministry in Dorvana.")
                .paragraph("Riot police arrested striking nurses outside the hospital in Dorvana.")
                .place("Dorvana", 9101).place("Dorvana", 9101).build();
        assertThat(sentencesOf(other, "arrest")).hasSize(2);
    }

    @Test
    void aShootingToldAfterTheKillingItCausedIsThatKilling() {
        Document told = TestDocs.doc().published("2024-05-08")
                .paragraph("Three marchers were killed by soldiers in Dorvana on Tuesday, medics said.")
                .paragraph("Witnesses said the troops then fired live ammunition into the crowd.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(told, "attack")).isEmpty();
        assertThat(sentencesOf(told, "killing")).hasSize(1);
        // another day, another town, or a gathering of its own broken up by the shooting is another attack
        Document otherDay = TestDocs.doc().published("2024-05-08")
                .paragraph("Three marchers were killed by soldiers in Dorvana on Tuesday, medics said.")
                .paragraph("On Wednesday, troops fired live ammunition at mourners.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).date("Wednesday", "2024-05-08", DatePrecision.DAY)
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(otherDay, "attack")).hasSize(1);
        Document otherTown = TestDocs.doc().published("2024-05-08")
                .paragraph("Three marchers were killed by soldiers in Dorvana on Tuesday, medics said.")
                .paragraph("In Kelmar, troops fired live ammunition at a crowd.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).place("Kelmar", 9102).build();
        assertThat(sentencesOf(otherTown, "attack")).hasSize(1);
        Document gathering = TestDocs.doc().published("2024-05-08")
                .paragraph("Three marchers were killed by soldiers in Dorvana on Tuesday, medics said.")
                .paragraph("Students rallied at the university and police fired live ammunition to disperse them.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(gathering, "attack")).hasSize(1);
    }

    @Test
    void anAnnouncementOfABoycottIsTheBoycott() {
        assertThat(types("The farmers' alliance has announced it will boycott the regional vote."))
                .contains("boycott_call").doesNotContain("statement");
        // other40: a measure announced is the measure, as a strike announced is the strike
        assertThat(types("The governor announced a curfew in the port city.")).containsExactly("other");
    }

    @Test
    void aNearNegationDeniesTheAct() {
        assertThat(types("The riot police have hardly used live ammunition in the capital.")).doesNotContain("attack");
        assertThat(types("Guards barely fired on the crowd.")).doesNotContain("attack");
    }

    @Test
    void anyRangesOverEventsThatMayNotHappen() {
        assertThat(types("The commander warned that any calls to boycott the vote would be punished.")).doesNotContain("boycott_call");
        assertThat(types("It was unclear whether any students were arrested.")).doesNotContain("arrest");
        assertThat(types("Police arrested nine students in the square.")).contains("arrest");
    }

    @Test
    void aToldProtestNamedAsTheSettingOfATollIsNoNewProtest() {
        Document told = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of farmers marched on the parliament in Dorvana on Monday.")
                .paragraph("Medics said four people had been killed in two days of protests.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(told, "protest")).hasSize(1);
        assertThat(sentencesOf(told, "killing")).hasSize(1);
        // a time of its own or another day is another protest, beside the killing or the arrests it
        // saw; "a protest" on the day the lead dates is Monday's again (round evfp20: the gold
        // counts one event per happening)
        Document another = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of farmers marched on the parliament in Dorvana on Monday.")
                .paragraph("Medics said a guard had been killed during a protest outside the mill.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(another, "protest")).hasSize(1);
        Document overnight = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of farmers marched on the parliament in Dorvana on Monday.")
                .paragraph("Police detained 30 people during overnight protests against the verdict.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).place("Dorvana", 9101).build();
        // round evfp20: undated, on the day the lead dates, the night's protests go over Monday's
        assertThat(sentencesOf(overnight, "protest")).hasSize(1);
        Document otherDay = TestDocs.doc().published("2024-05-08")
                .paragraph("Thousands of farmers marched on the parliament in Dorvana on Monday.")
                .paragraph("Two people died in demonstrations on Tuesday.")
                .date("Monday", "2024-05-06", DatePrecision.DAY).date("Tuesday", "2024-05-07", DatePrecision.DAY)
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(otherDay, "protest")).hasSize(2);
    }

    @Test
    void aParticipantNounThatNamesPeopleIsNoProtest() {
        assertThat(types("The nurse who tried to stop the bleeding held the protester's hand.")).doesNotContain("protest");
        assertThat(types("Another protester, Ilse Varga Mendez, wept as she spoke to reporters.")).doesNotContain("protest");
        assertThat(types("The junta said it would release 1,250 protesters next week.")).doesNotContain("protest");
        // participants acting stay a protest
        assertThat(types("Protesters blocked the ring road in Dorvana.")).contains("protest");
    }

    @Test
    void aLineOrCitationNamingADocumentIsNoStatement() {
        assertThat(types("Press Release")).doesNotContain("statement");
        assertThat(types("Northern Lakes Commission for Human Rights (Dorvana) press release")).doesNotContain("statement");
        assertThat(types("Detentions passed 4,000 this month, according to the monitor's latest press release."))
                .doesNotContain("statement");
        // a statement issued is news
        assertThat(types("The monitor issued a statement on Friday.")).contains("statement");
    }

    @Test
    void prohibitionsAndRestrictionsOnProtestsReportNone() {
        assertThat(types("The governor extended prohibitions on protests to three more provinces.")).doesNotContain("protest");
        assertThat(types("Officials imposed restrictions on rallies in the capital.")).doesNotContain("protest", "rally");
    }

    @Test
    void declaringAStateOfEmergencyIsOneMeasure() {
        // other40: the measure alone (one event, not a measure and a declaration); acts28 had typed it a statement
        assertThat(types("The junta declared a state of emergency across the north.")).containsExactly("other");
        assertThat(types("The council declared the vote void.")).contains("statement");
    }

    @Test
    void shotsIntoTheAirAreNoAttack() {
        assertThat(types("Witnesses saw soldiers shooting their rifles into the air near the market.")).doesNotContain("attack");
        assertThat(types("Troops opened fire into the air as the crowd grew.")).doesNotContain("attack");
        assertThat(types("Troops opened fire on the crowd near the market.")).contains("attack");
    }

    @Test
    void protestersYellingGoOnWithTheToldProtest() {
        Document told = TestDocs.doc().published("2024-05-08")
                .paragraph("Hundreds of dockers marched to the harbour office in Dorvana on Tuesday.")
                .paragraph("Protesters jeered at the guards at the gate.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(told, "protest")).hasSize(1);
    }

    @Test
    void theYearAfterRoseFromAndAFigureIsThePointOfComparison() {
        Document d = TestDocs.doc()
                .paragraph("Recorded hangings in the kingdom rose from 90 in 2022 to 160 in 2023, the monitor said.")
                .date("2022", "2022", DatePrecision.YEAR).date("2023", "2023", DatePrecision.YEAR).build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(e -> e.date())
                .containsExactly("2023");
    }

    @Test
    void aDeathSentenceToldAsWhoWasExecutedIsNoNewSentence() {
        assertThat(types("Three men who had been sentenced to death in connection with last year's riots in the northern provinces were executed on Tuesday."))
                .contains("execution").doesNotContain("death_sentence");
        // a death sentence that is the sentence's own news stays
        assertThat(types("The court sentenced two farmers to death for the raid.")).contains("death_sentence");
    }

    @Test
    void whatAPlotAimsAtHasNotHappened() {
        assertThat(types("Officials said they had foiled a plot to kill the governor of the province."))
                .contains("attack").doesNotContain("killing");
        assertThat(types("Two officers were charged with conspiring to kill the mayor.")).doesNotContain("killing");
    }

    @Test
    void theTargetsOfACrackdownAreNamedNotProtesting() {
        assertThat(types("Nine people were killed in a week-long crackdown by the army against protesters, monitors said."))
                .contains("killing").doesNotContain("protest");
        assertThat(types("Thousands of protesters marched through the capital on Sunday.")).contains("protest");
    }

    @Test
    void aSentenceCharacterisingTheToldEventIsNoNewOne() {
        Document told = TestDocs.doc().published("2024-05-08")
                .paragraph("Two teachers were hanged in Dorvana prison, the judiciary said.")
                .paragraph("They are the first executions linked to the strike movement.")
                .place("Dorvana", 9101).build();
        assertThat(sentencesOf(told, "execution")).hasSize(1);
        // with nothing told before, the sentence is news
        Document fresh = TestDocs.doc().published("2024-05-08")
                .paragraph("It was the largest protest the town had seen, with thousands marching to the square.")
                .build();
        assertThat(sentencesOf(fresh, "protest")).hasSize(1);
    }
}
