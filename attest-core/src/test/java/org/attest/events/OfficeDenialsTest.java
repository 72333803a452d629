package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q2 (invented sentences): an unnamed voice of a named office that denies takes the office's
 * stand, a statement; the same voice telling facts, or a voice naming no office, only sources them.
 */
class OfficeDenialsTest {
    @Test
    void anOfficesUnnamedVoiceThatDeniesMakesAStatement() {
        assertThat(types("A police spokesman denied that officers had beaten the dockers at the port.")).containsExactly("statement");
        assertThat(types("A Harbour Authority official denied that any striker had been held.")).containsExactly("statement");
        assertThat(types("An NLF official rejected the accusations of torture in Varna.")).containsExactly("statement");
    }

    @Test
    void aVoiceNamingNoOfficeOrTellingFactsStaysASource() {
        assertThat(types("An official denied that any striker had been held.")).doesNotContain("statement");
        assertThat(types("A police spokesman said 30 dockers were detained at the port on Monday.")).containsExactly("arrest");
    }

    @Test
    void aParticipleAfterTheDenialIsTheSameStatement() {
        assertThat(types("A police spokesman denied that officers had beaten the dockers, describing the footage as fake."))
                .containsExactly("statement");
        assertThat(types("The port authority denied on Monday that any docker had been held, describing the reports as lies."))
                .containsExactly("statement");
    }
}
