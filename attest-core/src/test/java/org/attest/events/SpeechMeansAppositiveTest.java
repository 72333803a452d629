package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Statements of round events99 (6 December 2026, invented sentences): an official whose words an
 * appositive opened by a preposition places ("X, in his annual report, said", "X, during an interview
 * with reporters, said") speaks; the report, video or reporters named there are how or to whom X
 * spoke, not a source X only repeats. An appositive that names who the subject is keeps the old reading.
 */
class SpeechMeansAppositiveTest {

    @Test
    void anOfficialWhoSpeaksInAReportOrToReportersMakesAStatement() {
        assertThat(types("The foreign minister of Varn, in his annual report, said he was alarmed by the new border fees."))
                .containsExactly("statement");
        assertThat(types("The governor of Lorn province, during an interview with reporters, said the bridge would reopen in spring."))
                .containsExactly("statement");
        assertThat(types("The UN special envoy, in a video message, said the talks had to resume."))
                .containsExactly("statement");
    }

    @Test
    void anAppositiveThatNamesWhoSpeaksIsReadAsBefore() {
        // a relative of the speaker, named in the appositive, still sources what is said
        assertThat(types("Tomas Brel, a relative of the governor, said the bridge would reopen in spring.")).isEmpty();
    }
}
