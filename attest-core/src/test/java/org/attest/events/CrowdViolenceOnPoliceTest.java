package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * attack50: petrol bombs or Molotov cocktails thrown at the police or troops, and police vehicles
 * stoned, are attacks on them; stones thrown at the police stay the riot's protest, and a stoning to
 * death is a killing. A clause opened by "that" after an arrest's "for" is news of its own, not the
 * arrest's reason. All sentences are invented.
 */
class CrowdViolenceOnPoliceTest {

    @Test
    void firebombsThrownAtThePoliceAreAnAttack() {
        assertThat(types("About 300 masked youths smashed bank windows and threw petrol bombs at riot police on Harbour Street on Tuesday."))
                .contains("attack");
        assertThat(types("Rioters hurled Molotov cocktails at soldiers guarding the depot on Tuesday.")).contains("attack");
    }

    @Test
    void stonesThrownAtThePoliceStayTheRiotsProtest() {
        assertThat(types("Protesters threw stones at police outside the assembly on Tuesday."))
                .contains("protest").doesNotContain("attack");
    }

    @Test
    void policeVehiclesStonedAreAttackedButAStoningToDeathIsAKilling() {
        assertThat(types("Three police vans were stoned near the bus terminal on Tuesday.")).contains("attack");
        assertThat(types("The woman was stoned to death by a mob on Tuesday.")).contains("killing").doesNotContain("attack");
    }

    @Test
    void aClauseOpenedByThatAfterTheArrestsReasonIsNewsOfItsOwn() {
        assertThat(types("The district commander said 19 people had been arrested for obstruction, and that two patrol cars were stoned."))
                .contains("arrest", "attack");
        assertThat(types("Nine men were arrested for attacking police officers on Tuesday.")).doesNotContain("attack");
    }
}
