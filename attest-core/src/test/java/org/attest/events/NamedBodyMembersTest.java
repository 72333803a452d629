package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Speakers who only attribute speak for a body named right after them, round ev3b (invented
 * sentences): "lawyers from the Velmar Commission for Rights said on Tuesday" is the commission's
 * statement beside the arrests it tells; lawyers for a client and residents of a district stay sources.
 */
class NamedBodyMembersTest {

    @Test
    void membersFromANamedBodySpeakForIt() {
        assertThat(types("Lawyers from the Velmar Commission for Rights said on Tuesday that more than 500 dockers had been arrested."))
                .containsExactlyInAnyOrder("statement", "arrest");
        assertThat(types("Observers from the Harbour Monitoring Mission said on Monday that the vote had been marred by intimidation."))
                .contains("statement");
    }

    @Test
    void lawyersForAClientOrResidentsOfAPlaceStaySources() {
        assertThat(types("Lawyers for the jailed editor said on Tuesday that more than 500 dockers had been arrested."))
                .containsExactly("arrest");
        assertThat(types("Residents from the Velmar district said on Tuesday that more than 500 dockers had been arrested."))
                .containsExactly("arrest");
    }
}
