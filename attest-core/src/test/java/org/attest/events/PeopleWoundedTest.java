package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People told as wounded, with no weapon named, are an attack; a death, an accident or a protesting crowd leaves it alone. */
class PeopleWoundedTest {

    @Test
    void peopleWoundedAreAnAttack() {
        assertThat(TestDocs.types("The Velmar Rights Centre said on Monday that more than 120 people were wounded in the town."))
                .contains("attack");
        assertThat(TestDocs.types("A photographer was wounded near the Velmar bus station on Monday, colleagues said."))
                .contains("attack");
        assertThat(TestDocs.types("At least nine villagers had been wounded in Velmar since Friday, a local doctor said."))
                .contains("attack");
    }

    @Test
    void accidentsAndDeathsAreNotReadAsTheWounding() {
        assertThat(TestDocs.types("Six passengers were wounded when a bus overturned in an accident near Velmar on Monday."))
                .doesNotContain("attack");
        assertThat(TestDocs.types("Twelve villagers were wounded in the earthquake that struck Velmar on Monday."))
                .doesNotContain("attack");
    }

    @Test
    void protestersWoundedStayWithTheProtest() {
        assertThat(TestDocs.types("Marchers in Velmar were wounded when riot police charged them on Monday."))
                .doesNotContain("attack");
    }

    @Test
    void peopleInjuredStayAFigure() {
        assertThat(TestDocs.types("Fourteen officers were injured in Velmar on Monday, the police said."))
                .doesNotContain("attack");
    }
}
