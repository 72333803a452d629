package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch q167: participants "on behalf of" whom someone acts ("filed 900 complaints on behalf of
 * protesters") are clients, as those a lawyer defends are: no protest of theirs is told.
 * Protesters who act themselves still protest.
 */
class OnBehalfOfParticipantsTest {
    @Test
    void complaintsOnBehalfOfProtestersTellNoProtest() {
        assertThat(TestDocs.types("The rights group said it had filed 900 legal complaints on behalf of protesters in Varna."))
                .doesNotContain("protest");
    }

    @Test
    void protestersWhoMarchStillProtest() {
        assertThat(TestDocs.types("Hundreds of protesters marched in Varna on Monday on behalf of the jailed teachers."))
                .contains("protest");
    }
}
