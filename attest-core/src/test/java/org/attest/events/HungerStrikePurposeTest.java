package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A hunger strike is `other` (other81); the protest it is told to make ("in protest at", "to
 * protest against") is the hunger strike's purpose, not a second event, and "the strike" in a
 * paragraph about a hunger strike is that hunger strike (round ev1e). All sentences are invented.
 */
class HungerStrikePurposeTest {

    @Test
    void aHungerStrikeInProtestAtSomethingIsNoStreetProtest() {
        assertThat(TestDocs.types("Forty inmates of Lorn prison have been on hunger strike for ten days in protest at the ban on visits."))
                .contains("other").doesNotContain("protest");
        assertThat(TestDocs.types("The jailed blogger began a hunger strike on Friday in her cell to protest against her transfer."))
                .contains("other").doesNotContain("protest");
    }

    @Test
    void theStrikeOfAParagraphAboutAHungerStrikeIsThatHungerStrike() {
        var d = TestDocs.doc().published("2024-05-08")
                .paragraph("Forty inmates of Lorn prison have been on hunger strike since early May, relatives said on Tuesday.",
                        "The strike began on 2 May in Block 4, where most political prisoners are held.")
                .build();
        assertThat(TestDocs.sentencesOf(d, "protest")).isEmpty();
    }

    @Test
    void aProtestInSupportOfHungerStrikersIsStillAProtest() {
        assertThat(TestDocs.types("Hundreds of students marched in Varna on Monday in protest at the treatment of hunger strikers."))
                .contains("protest");
        assertThat(TestDocs.types("Dock workers in Varna went on strike on Monday over unpaid wages.")).contains("other");
    }
}
