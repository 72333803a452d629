package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Killings, arrests and executions named as the background of other news (round kill28): the
 * people whose release an appeal asks for, an event in a concessive phrase, a trend of acts, an
 * arrest threatened to a crowd; and a killing told in reported speech after "told ... that". All
 * sentences are invented for these tests.
 */
class BackgroundCustodyAndTrendsTest {
    @Test
    void peopleWhoseReleaseIsAskedForWereNotArrestedAgain() {
        assertThat(TestDocs.types("The union urged the port authority to release all the dockers arbitrarily detained."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("Lawyers asked the court to review the cases of all those arrested for their posts."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("The group called for the release of everyone detained without charge."))
                .doesNotContain("arrest");
    }

    @Test
    void aReleaseAskedForPeopleWhoWereDetainedOnADayKeepsTheArrest() {
        List<Event> held = events("The group called for the release of two students who were detained in Varnel on 11 March.",
                "2024-03-14");
        assertThat(datesOf(held, "arrest")).containsExactly("2024-03-11");
        assertThat(TestDocs.types("Police detained 14 dockers after the port authority refused to release their pay."))
                .contains("arrest");
    }

    @Test
    void anExecutionInAConcessivePhraseIsTheOneToldBefore() {
        List<Event> told = events("Two prisoners were executed in Dorvan on Thursday.\n\n"
                + "Despite the executions, crowds marched through the capital on Saturday.", "2024-03-18");
        assertThat(datesOf(told, "execution")).containsExactly("2024-03-14");
        assertThat(datesOf(told, "protest")).containsExactly("2024-03-16");
    }

    @Test
    void actsRisingOrGoingOnAtAPaceAreATrend() {
        assertThat(TestDocs.types("Executions have risen sharply in the months before the referendum."))
                .doesNotContain("execution");
        assertThat(TestDocs.types("Meanwhile, arrests of bloggers continue at an alarming pace in the north."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("Arrests have risen to 300 since the strike began, the union said."))
                .contains("arrest");
    }

    @Test
    void anArrestThreatenedToACrowdIsNoArrest() {
        assertThat(TestDocs.types("Police ordered the crowd in the square to disperse or face arrest."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("Three activists who face charges of sedition were arrested in the port on Friday."))
                .contains("arrest");
    }

    @Test
    void aKillingToldToAListenerIsNewsOfItsOwn() {
        List<Event> two = events("Police killed three marchers in Halvo on Monday.\n\n"
                + "Villagers told a local radio station that soldiers shot dead two farmers near Orsk on Tuesday night.",
                "2024-03-14");
        assertThat(datesOf(two, "killing")).containsExactly("2024-03-11", "2024-03-12");
    }

    @Test
    void twoActsOfOneDayInCoordinatedClausesAreTwoEvents() {
        List<Event> two = events("On Tuesday, two men were hanged in Varno Prison in Talsk, and a woman was executed in "
                + "Orel Prison in Dorvan, the monitor said.", "2024-03-14");
        assertThat(datesOf(two, "execution")).containsExactly("2024-03-12", "2024-03-12");
        List<Event> one = events("On Tuesday, two men were detained at the border and later arrested in Talsk.", "2024-03-14");
        assertThat(datesOf(one, "arrest")).containsExactly("2024-03-12");
    }

    @Test
    void aChargeBeforeTheVerbOfItsOwnClauseGuardsNothing() {
        List<Event> hanged = events("Three men convicted of theft were hanged in Varno Prison on Tuesday.", "2024-03-14");
        assertThat(datesOf(hanged, "execution")).containsExactly("2024-03-12");
        assertThat(TestDocs.types("The court convicted him of the killing of a guard in the port.")).doesNotContain("killing");
    }

    @Test
    void moreWhoDiedInUnrestWereKilled() {
        List<Event> more = events("Four marchers were shot dead in Talsk on Monday.\n\nTwo more died in Orsk, where the "
                + "riot police clashed with students into the night.", "2024-03-14");
        assertThat(datesOf(more, "killing")).hasSize(2);
    }

    @Test
    void anEventSetAgainstAnotherHappeningIsTheOneToldBefore() {
        List<Event> told = events("Police arrested 30 students in Talsk on Monday.\n\n"
                + "The arrests come as the country hosts a trade summit from 6 May to 9 May.", "2024-05-04");
        assertThat(datesOf(told, "arrest")).containsExactly("2024-04-29");
        assertThat(TestDocs.types("Many relatives were too afraid to report arrests to the monitor.")).doesNotContain("arrest");
    }

    @Test
    void bodiesFoundAfterARaidCustodyByACourtAndPeopleCapturedAreEvents() {
        assertThat(TestDocs.types("Relatives said the bodies of six farmers were found near the river after soldiers raided "
                + "the village.")).contains("killing");
        assertThat(TestDocs.types("The bodies of two hikers were found in the hills after a week.")).doesNotContain("killing");
        assertThat(TestDocs.types("Both editors were remanded in custody until their trial.")).contains("arrest");
        assertThat(TestDocs.types("The minister said 40 smugglers had been captured near the border.")).contains("arrest");
        assertThat(TestDocs.types("The town was captured by rebels in March.")).doesNotContain("arrest");
    }

    @Test
    void aDeathSentenceUpheldIsADeathSentence() {
        assertThat(TestDocs.types("The appeals court upheld the death sentences of three dockers on Monday."))
                .contains("death_sentence");
    }
}
