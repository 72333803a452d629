package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A boycott of classes kept by teachers or students is a strike, a protest, while a call to boycott
 * them stays a boycott call (round q4, invented sentences).
 */
class ClassBoycottsTest {
    @Test
    void classesBoycottedAreAStrike() {
        assertThat(types("Lecturers at Dorvan University boycotted lectures for a fortnight in March 2019."))
                .contains("other").doesNotContain("boycott_call");
        assertThat(types("The boycott, called by the teachers' union, kept 80 schools in Kelmar empty on Monday."))
                .contains("other").doesNotContain("boycott_call");
    }

    @Test
    void aCallToBoycottClassesStaysACall() {
        assertThat(types("The union urged teachers to boycott classes on Saturday.")).contains("boycott_call");
        assertThat(types("The association called on students to boycott exams next week.")).contains("boycott_call");
    }

    @Test
    void aVoteBoycottedIsNoStrike() {
        assertThat(types("Teachers in Kelmar boycotted the municipal elections in 2021.")).doesNotContain("protest");
    }
}
