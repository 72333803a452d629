package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): acts of governments and parties that are neither protest nor speech are
 * {@code other}: envoys expelled, recalled or restored, appeals filed in numbers, a crackdown launched
 * on a trade; one threatened or called for is none.
 */
class EnvoysAndAppealsTest {

    @Test
    void envoysExpelledRecalledOrRestoredAreActs() {
        assertThat(types("On Friday night, Dorvana expelled diplomats from four countries.")).containsExactly("other");
        assertThat(types("Velmar recalled its ambassador from Dorvana on Tuesday.")).containsExactly("other");
        assertThat(types("The two governments restored ambassadors within a month.")).containsExactly("other");
    }

    @Test
    void appealsFiledAndACrackdownLaunchedAreActs() {
        assertThat(types("Farmers filed dozens of appeals with the land tribunals in Velm.")).containsExactly("other");
        assertThat(types("Velmar launched a crackdown on the smuggling of cigarettes in May 2022.")).containsExactly("other");
    }

    @Test
    void anActThreatenedOrCalledForIsNone() {
        assertThat(types("Lawmakers called on the government to expel diplomats from Velmar.")).doesNotContain("other");
        assertThat(types("The minister threatened to recall the ambassador.")).doesNotContain("other");
    }
}
