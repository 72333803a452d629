package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round extra221 (invented sentences): sentences that name an event as a topic, count the people of an
 * action already told, or answer an accusation in passing report no event of their own.
 */
class TopicsAndToldAgainTest {

    @Test
    void aBareTookPartCountsPeopleOfAnActionToldBefore() {
        assertThat(TestDocs.types("About 800 teachers took part, the Dornvale union said, though the ministry gave a lower figure."))
                .doesNotContain("protest");
    }

    @Test
    void tookPartWithMoreToSayStillNamesTheAction() {
        assertThat(TestDocs.types("Some 3,000 workers took part at its height on Tuesday, the union said."))
                .contains("protest");
    }

    @Test
    void denyingAChargeInPassingIsNoStatement() {
        assertThat(TestDocs.types("The Velmor police denied firing rubber bullets.")).doesNotContain("statement");
    }

    @Test
    void aDenialToldAsAClauseIsAStatement() {
        assertThat(TestDocs.types("The interior ministry denied on Monday that any marcher had been detained in Velmor."))
                .contains("statement");
    }

    @Test
    void whatNobodyCommentedOnIsATopic() {
        assertThat(TestDocs.types("The port authority has not commented on the strike.")).doesNotContain("other");
    }

    @Test
    void aLawOnAssemblyIsNoRally() {
        assertThat(TestDocs.types("Lawyers say the law on public assembly is vague and rarely enforced.")).doesNotContain("rally");
    }

    @Test
    void theTimeOfAnArrestIsAPointInTime() {
        assertThat(TestDocs.types("The eldest of the accused, a retired baker, was 71 at the time of his arrest."))
                .doesNotContain("arrest");
    }

    @Test
    void electionProtectionHotlinesAreNoVote() {
        assertThat(TestDocs.types("Volunteers staffed election protection hotlines across the county, a group said."))
                .doesNotContain("election");
    }

    @Test
    void vigilsHeldLongAreNoEvent() {
        assertThat(TestDocs.types("The families have long held vigils outside the prison gates in Velmor."))
                .doesNotContain("protest");
    }

    @Test
    void aClosureKeptUpOverYearsIsNoEvent() {
        assertThat(TestDocs.types("Residents say the village schools stayed closed through most of the past three years."))
                .isEmpty();
    }

    @Test
    void aWarningOnItsOwnDayStays() {
        assertThat(TestDocs.types("The interior minister warned on 4 May 2024 that strikes at the port of Velmor would not be tolerated."))
                .contains("statement");
    }
}
