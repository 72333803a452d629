package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Cases met on a held-out set of Iran reports of wire services and rights groups (December 2026),
 * with invented sentences and a contrast for each: deaths told as an outcome ("resulting in the death
 * of", "left ... dead"); people shot and wounded; a statement released; protests named by a charge;
 * vows to go on protesting; a prosecutor seeking an execution; an
 * assassination; agents storming a home.
 */
class HeldOutWireRoundTest {

    @Test
    void aDeathToldAsTheOutcomeIsAKilling() {
        assertThat(types("Guards fired on the march, resulting in the death of a young baker.")).contains("killing");
        assertThat(types("The raid on the camp has left at least four villagers dead.")).contains("killing");
        assertThat(types("The crash on the coast road resulted in the death of a young baker.")).doesNotContain("killing");
        assertThat(types("He left the city in a hurry and his brother is now dead tired.")).doesNotContain("killing");
        assertThat(types("A fire in the old market on Monday left two traders dead.")).doesNotContain("killing");
    }

    @Test
    void peopleShotAndWoundedAreAnAttack() {
        assertThat(types("Border guards shot and wounded three porters near the pass on Friday.")).containsExactly("attack");
        assertThat(types("Two porters were targeted by guards near the pass and severely wounded.")).containsExactly("attack");
        // a death makes the shooting the killing
        assertThat(types("Border guards shot and wounded three porters and killed a fourth on Friday."))
                .containsExactly("killing");
        // a wound of an accident is no attack
        assertThat(types("Two porters were severely wounded when their truck overturned after a crash."))
                .doesNotContain("attack");
    }

    @Test
    void aStatementReleasedIsAStatement() {
        assertThat(types("The drivers' union released a statement on Friday about the new fuel prices."))
                .containsExactly("statement");
        assertThat(types("The drivers' union released its members from the pledge on Friday.")).isEmpty();
    }

    @Test
    void protestsNamedByAChargeAreNoProtest() {
        assertThat(types("Three men were hanged in connection with the protests of last winter.")).containsExactly("execution");
        assertThat(types("Five students face charges related to the demonstrations at the campus.")).isEmpty();
        assertThat(types("Three men were hanged on Monday and students protested outside the prison."))
                .contains("execution", "protest");
    }

    @Test
    void aVowToGoOnProtestingIsNoProtest() {
        assertThat(types("The bakers said they will continue their strike until the debts are paid.")).isEmpty();
        assertThat(types("The bakers said they will respond to the closures with sit-ins in more towns.")).isEmpty();
        assertThat(types("The bakers said they will hold a sit-in outside the ministry on Sunday.")).containsExactly("protest");
    }

    @Test
    void anExecutionSoughtHasNotHappened() {
        assertThat(types("The city prosecutor is seeking their execution, the lawyer said.")).isEmpty();
        assertThat(types("The city prosecutor announced their execution on Monday.")).contains("execution");
    }

    @Test
    void anAssassinationIsAKillingAndAnAttemptAnAttack() {
        assertThat(types("The assassination of the mayor in March shocked the valley.")).containsExactly("killing");
        assertThat(types("The mayor survived an assassination attempt in March.")).containsExactly("attack");
    }

    @Test
    void agentsStormingAHomeSearchIt() {
        assertThat(types("Agents stormed the house of a teacher and confiscated his books.")).containsExactly("other");
        assertThat(types("Agents stormed the house of a teacher and arrested him.")).containsExactly("arrest");
        assertThat(types("Gunmen stormed the house of a judge on Monday.")).containsExactly("attack");
    }
}
