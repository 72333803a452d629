package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A rights group or monitor that gives its plain, undated account of an event only sources it; a
 * group that speaks on a named day, or with no event to source, still makes a statement. All
 * sentences are invented.
 */
class RightsAccountsTest {

    @Test
    void aRightsGroupTellingOfDeathsOnlySourcesThem() {
        assertThat(TestDocs.types("The Geneva-based Andean rights group said at least six miners had been killed in Potosi since Tuesday."))
                .contains("killing").doesNotContain("statement");
    }

    @Test
    void aMonitorNamedInAppositionOnlySourcesTheArrests() {
        assertThat(TestDocs.types("A rights monitor, Vigilia, said 17 students had been detained in Cochabamba since the strike began."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aNameThenItsDescriptionOnlySourcesTheArrests() {
        assertThat(TestDocs.types("Vigilia, another Andean rights group, said 17 students had been detained in Cochabamba on Monday."))
                .contains("arrest").doesNotContain("statement");
    }

    @Test
    void aRightsGroupWithNoEventToSourceStillSpeaks() {
        assertThat(TestDocs.types("The Geneva-based Andean rights group said the trial of the miners' leaders was unfair."))
                .contains("statement");
    }
}
