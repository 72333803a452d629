package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.sentencesOf;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * Arrests, attacks and other events that were missed (branch evmiss2). All sentences are invented
 * for these tests.
 */
class MissedViolenceAndArrestsTest {

    @Test
    void aCountOfManyAfterOnePersonsArrestIsASecondArrest() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Police arrested the opposition candidate Amani Kisoro in Dorvana on Tuesday.")
                .paragraph("A party spokesman said Kisoro was detained at a hotel in Dorvana.")
                .paragraph("The party said 35 of its local officials have been detained.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).place("Dorvana", 9101)
                .quantity("35 of its local officials", 35).build();
        assertThat(sentencesOf(d, "arrest")).contains("The party said 35 of its local officials have been detained.");
    }

    @Test
    void aCountAfterAnArrestOfManyStillFoldsIntoIt() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Students were detained at the university in Dorvana on Tuesday.")
                .paragraph("The Interior Ministry said 30 students were detained.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("30 students", 30).build();
        assertThat(sentencesOf(d, "arrest")).hasSize(1);
    }

    @Test
    void aSpellInPrisonSinceADayIsAnArrest() {
        assertThat(TestDocs.types("The former mayor has been in prison since March last year after his conviction for bribery."))
                .contains("arrest");
        assertThat(TestDocs.types("The blogger has been behind bars since 2021.")).contains("arrest");
    }

    @Test
    void theUseOfLiveFireAgainstACrowdIsAnAttack() {
        assertThat(TestDocs.types("The lethal use of live ammunition and batons against unarmed marchers has angered the town."))
                .contains("attack");
        // no use: ammunition found in a raid is no shooting
        assertThat(TestDocs.types("Inspectors found live ammunition in a warehouse near the port.")).doesNotContain("attack");
    }

    @Test
    void sabotageDoneIsAnAttackAndSabotageChargedIsNone() {
        assertThat(TestDocs.types("The pipeline to the coast was shut down following sabotage.")).contains("attack");
        assertThat(TestDocs.types("The engineers were accused of sabotage by the state broadcaster.")).doesNotContain("attack");
    }

    @Test
    void pollingStationsThatCouldNotOpenTellTheVote() {
        // acts28: a detail of polling day is an election, as the annotators mark each one
        assertThat(TestDocs.types("About a third of polling stations were unable to open in the hill districts, monitors said."))
                .contains("election");
        assertThat(TestDocs.types("Several polling stations failed to open in the border villages.")).contains("election");
    }

    @Test
    void aDeathReportedBesideGunshotWoundsIsAKilling() {
        Document d = TestDocs.doc().paragraph("Another death was reported in Kelmar.",
                "The town hospital treated five people with gunshot wounds overnight.").build();
        assertThat(sentencesOf(d, "killing")).containsExactly("Another death was reported in Kelmar.");
        Document illness = TestDocs.doc().paragraph("Another death was reported in Kelmar.",
                "Doctors blamed the disease spreading in the camps.").build();
        assertThat(sentencesOf(illness, "killing")).isEmpty();
    }

    @Test
    void protestsThatStormTownsSpreadAndAttackNothing() {
        assertThat(TestDocs.types("Protests stormed at least six towns of the northern province on Friday."))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Soldiers stormed the village on Friday.")).contains("attack");
    }

    @Test
    void aNamedPersonsArrestAfterTheArrestWasToldIsNoNewArrest() {
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Police arrested the mayor of Dorvana, Ines Kovar, on Tuesday.")
                .paragraph("The European Union also criticised Kovar's arrest.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101).build();
        assertThat(sentencesOf(d, "arrest")).containsExactly("Police arrested the mayor of Dorvana, Ines Kovar, on Tuesday.");
        // told first, the arrest is news
        assertThat(TestDocs.types("The European Union criticised Kovar's arrest.")).contains("arrest");
    }

    @Test
    void killingsOneMustNotGetAwayWithAreATopic() {
        assertThat(TestDocs.types("Governments must show the junta it cannot get away with killing marchers."))
                .doesNotContain("killing");
        assertThat(TestDocs.types("The junta killed marchers in the capital.")).contains("killing");
    }

    @Test
    void aToldArrestWithItsOwnCountIsMeasuredByTheCount() {
        // "was detained" with 20 others: the told event has a count, of the size of the source's
        Document d = TestDocs.doc().published("2024-05-08")
                .paragraph("Kisoro was detained with 20 supporters in Dorvana on Tuesday.")
                .paragraph("The Interior Ministry said 22 people were detained.")
                .date("Tuesday", "2024-05-07", DatePrecision.DAY).place("Dorvana", 9101)
                .quantity("20 supporters", 20).quantity("22 people", 22).build();
        assertThat(sentencesOf(d, "arrest")).hasSize(1);
    }
}
