package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round events85 (6 December 2026; invented sentences): a death told "after being detained" tells
 * two happenings, the arrest and the death, each with its day; the phrase that types the death no
 * longer swallows the arrest it ends on. Other words it ends on ("after being shot") stay the
 * death's own detail.
 */
class DeathAfterArrestTest {

    @Test
    void aDeathAfterBeingDetainedTellsTheArrestToo() {
        assertThat(types("Karim Osei died in hospital in Dorvana on Sunday, two days after being detained at a checkpoint."))
                .contains("arrest");
        assertThat(types("The student died on Friday after being arrested in Kelmar for a post online."))
                .contains("arrest");
    }

    @Test
    void aDeathAfterBeingShotIsNoAttackBesideIt() {
        assertThat(types("A teenager died after being shot near the market in Dorvana on Sunday."))
                .doesNotContain("attack");
    }

    @Test
    void aStabbingToDeathWithItsVictimBetweenIsAKilling() {
        // "stabbed to death" read only without words between; the victim named inside counts too
        assertThat(types("Two men stabbed a shopkeeper to death in Dorvana on Sunday, police said.")).contains("killing");
        assertThat(types("Witnesses said a man was seen stabbing the guard to death outside the gate.")).contains("killing");
    }
}
