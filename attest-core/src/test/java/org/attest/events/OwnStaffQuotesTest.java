package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2d (invented sentences): the publishing organisation's own staff commenting on its news
 * make no statement; a named body's director still does.
 */
class OwnStaffQuotesTest {
    @Test
    void theOrganisationsOwnStaffMakeNoStatement() {
        assertThat(types("\"The courts of Valtra are failing the families,\" said the organisation's Europe director."))
                .doesNotContain("statement");
        assertThat(types("The organisation's Baltic researcher said the verdicts were a travesty of justice."))
                .doesNotContain("statement");
    }

    @Test
    void aNamedBodysDirectorStillSpeaks() {
        assertThat(types("The Regional Human Rights Commission called on the government to free the detained editors."))
                .containsExactly("statement");
    }
}
