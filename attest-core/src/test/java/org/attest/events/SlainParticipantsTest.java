package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Participants named by their deaths ("slain protesters") hold no protest. All sentences are invented. */
class SlainParticipantsTest {

    @Test
    void relativesOfSlainProtestersAreNoProtest() {
        assertThat(TestDocs.types("Police arrested 14 relatives of slain protesters in the port town on Tuesday."))
                .containsExactly("arrest");
        assertThat(TestDocs.types("Police detained the mothers of dead demonstrators outside the court on Tuesday."))
                .containsExactly("arrest");
    }

    @Test
    void protestersWhoMarchStillProtest() {
        assertThat(TestDocs.types("Relatives of the victims marched with protesters through the port town on Tuesday."))
                .contains("protest");
    }
}
