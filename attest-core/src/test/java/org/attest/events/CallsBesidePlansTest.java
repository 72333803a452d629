package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A call to join the plan a body announces is part of that announcement. All sentences are invented. */
class CallsBesidePlansTest {

    @Test
    void aCallToJoinAnAnnouncedGatheringIsNoStatement() {
        assertThat(TestDocs.types("The Pensioners' Union said pensioners would gather again outside the labour ministry in Leeds next Monday, and called on nurses to join them."))
                .contains("protest").doesNotContain("statement");
    }
}
