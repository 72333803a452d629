package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round miss211 (7 December 2026, invented sentences and names): statements that were missed
 * entirely. A body's leadership speaks for it; a relief society named for its emblem is a body;
 * observers from a body named by its acronym are its mission; quoted words given at a news
 * conference are a public address, not an interview's remark.
 */
class MissedSpeakersTest {

    @Test
    void aBodysLeadershipSpeaksForIt() {
        assertThat(types("The federation's leadership rejected the offer on Thursday as an insult."))
                .contains("statement");
    }

    @Test
    void theRedCrossOrCrescentIsABody() {
        assertThat(types("The Velmar Red Cross said on Friday that its teams had treated 60 people."))
                .contains("statement");
        assertThat(types("The Red Crescent said on Friday that two of its ambulances had been hit."))
                .contains("statement");
    }

    @Test
    void observersFromABodyNamedByItsAcronymAreItsMission() {
        assertThat(types("Observers from the OVRM said on Monday that the count had been slow but orderly."))
                .contains("statement");
    }

    @Test
    void aCountryAcronymNamesNoBody() {
        assertThat(types("Doctors from the UK said the ward was short of oxygen."))
                .doesNotContain("statement");
    }

    @Test
    void quotedWordsAtANewsConferenceAreAStatement() {
        assertThat(types("\"Nobody is above the law here,\" regional police chief Omar Telli told a news conference in Dorva."))
                .containsExactly("statement");
        assertThat(types("\"The count was a farce,\" party leader Ana Brec said at a press conference at the party's office."))
                .containsExactly("statement");
    }

    @Test
    void quotedWordsToldToReportersStayARemark() {
        assertThat(types("Their lawyer, Ivo Marek, told journalists the posts had been \"shared only a few hundred times\"."))
                .doesNotContain("statement");
    }
}
