package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/** A seat of government named for the body that sits there speaks as that body. Invented sentences. */
class SeatsOfGovernmentTest {

    @Test
    void theWhiteHouseOrTheKremlinSpeaksAsAnOfficialBody() {
        assertThat(types("The White House said the Dorvan vote was \"neither free nor fair\".")).contains("statement");
        assertThat(types("The Kremlin said on Friday the talks with Pellan would go on next month.")).contains("statement");
    }

    @Test
    void aHouseOfNoBodyIsNoSpeaker() {
        assertThat(types("A neighbour in the white house said the street was quiet.")).doesNotContain("statement");
    }
}
