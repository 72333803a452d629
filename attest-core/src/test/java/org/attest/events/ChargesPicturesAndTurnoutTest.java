package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A second event that only names what the first one is about (events94): the act a person is held
 * "on charges of" or "on suspicion of", the dead whose portraits a march carries, and an election
 * "boycotted by" a share of its voters. Each names no happening of its own beside the arrest, the
 * march or the election. Invented sentences.
 */
class ChargesPicturesAndTurnoutTest {

    @Test
    void postersNamedInAChargeAreNoProtest() {
        assertThat(types("Guards in Pellan arrested three young women on Monday on charges of putting up posters of the exiled leader."))
                .containsExactly("arrest");
    }

    @Test
    void leafletsCallingForABoycottNamedInASuspicionAreNeitherProtestNorCall() {
        assertThat(types("Police in Dorvik detained six students on Friday on suspicion of handing out leaflets calling for a boycott of the vote."))
                .containsExactly("arrest");
    }

    @Test
    void postersPutUpBeforeTheArrestAreAProtest() {
        // "after" tells the act as it happened, and readers count it beside the arrest
        assertThat(types("Four teachers were arrested in Tamsel on Tuesday after putting up posters of the jailed union leader."))
                .contains("arrest", "protest");
    }

    @Test
    void portraitsOfTheDeadCarriedInAMarchTellNoKilling() {
        assertThat(types("Thousands marched through Varna on Sunday carrying portraits of those killed during the uprising."))
                .containsExactly("protest");
    }

    @Test
    void portraitsOfCountedDeadStateTheToll() {
        // a count makes the phrase a toll, told as the killing (VoteDaysAndWhenClauseTest dates it)
        assertThat(types("Mourners in Varna carried portraits of the 40 students killed by soldiers in the 2019 crackdown."))
                .contains("killing");
    }

    @Test
    void anElectionBoycottedByMostVotersIsTheElectionAlone() {
        assertThat(types("Turnout fell sharply in the 2019 local election, which the exiled opposition says was boycotted by most voters in the capital."))
                .containsExactly("election");
        assertThat(types("The runoff in Dorvik was widely boycotted by 60 percent of eligible voters, monitors said."))
                .doesNotContain("boycott_call");
    }

    @Test
    void anElectionBoycottedByNamedPartiesKeepsTheBoycott() {
        assertThat(types("The municipal vote was boycotted by the two main opposition parties of Pellan."))
                .contains("boycott_call");
    }
}
