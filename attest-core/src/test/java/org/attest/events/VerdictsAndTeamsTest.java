package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Court verdicts told without "sentenced ... to prison" (convictions, prison terms handed down,
 * sentences quashed, retrials), a "strike team" that is no strike, a crowd beaten with truncheons
 * a crowd gathering among police and a winner declared (branch evmix). All sentences are invented for these tests.
 */
class VerdictsAndTeamsTest {

    @Test
    void aConvictionToldWithItsVerbIsTheCourtsAct() {
        assertThat(TestDocs.types("The three bloggers were convicted of insulting the governor.")).containsExactly("other");
        assertThat(TestDocs.types("A former mayor was found guilty of fraud on Tuesday.")).containsExactly("other");
    }

    @Test
    void aParticipleOrAQuestionOverAConvictionIsNone() {
        // the participle describes the men hanged; the hanging is the event
        assertThat(TestDocs.types("The ministry hanged two men convicted of arson.")).doesNotContain("other");
        assertThat(TestDocs.types("It is unclear on what grounds the writer was convicted.")).doesNotContain("other");
    }

    @Test
    void prisonTermsHandedDownOrReceivedAreTheCourtsAct() {
        assertThat(TestDocs.types("A district court handed down prison sentences of up to six years to four farmers."))
                .contains("other");
        assertThat(TestDocs.types("Two former ministers received ten-year jail terms for bribery.")).containsExactly("other");
        assertThat(TestDocs.types("Five students were sentenced by a court in the port town.")).containsExactly("other");
        // a prison term only named, with no one receiving or handing it, reports nothing
        assertThat(TestDocs.types("The prison term for insulting officials is up to two years.")).isEmpty();
    }

    @Test
    void quashedSentencesRetrialsAndTrialsFacedAreTheCourtsActs() {
        assertThat(TestDocs.types("Their sentences were quashed by the appeals court.")).containsExactly("other");
        assertThat(TestDocs.types("The two officials are being retried on bribery charges.")).containsExactly("other");
        assertThat(TestDocs.types("Several former governors have faced trial on graft charges.")).containsExactly("other");
    }

    @Test
    void aStrikeTeamIsNoStrike() {
        assertThat(TestDocs.types("A fire strike team was sent to the warehouse.")).doesNotContain("other");
        assertThat(TestDocs.types("Dock workers staged a strike at the port on Monday.")).contains("other");
    }

    @Test
    void aCrowdBeatenWithTruncheonsIsAnAttack() {
        assertThat(TestDocs.types("Riot police in helmets moved in at dusk to clear the square, firing stun grenades and beating "
                + "them with truncheons.")).contains("attack");
        assertThat(TestDocs.types("The home side ended the season beating its rivals by two goals.")).doesNotContain("attack");
    }

    @Test
    void aCrowdGatheringAmongPoliceIsNoOrganisedRally() {
        assertThat(TestDocs.types("Police detained a student as a crowd gathered in the park.")).doesNotContain("rally");
        assertThat(TestDocs.types("Thousands of supporters gathered in the stadium for the party congress.")).contains("rally");
    }

    @Test
    void aWinnerDeclaredTellsTheVoteNotAStatement() {
        assertThat(TestDocs.types("The sitting governor was declared the winner of the vote.")).containsExactly("election");
        assertThat(TestDocs.types("The council declared a state of mourning on Monday.")).doesNotContain("election");
    }
}
