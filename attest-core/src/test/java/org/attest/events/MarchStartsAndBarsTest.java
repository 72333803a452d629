package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A march told by its start with the march itself for subject, and a group barred from school or
 * work with the group named between the verb and "from" (branch events113). All sentences are
 * invented for these tests.
 */
class MarchStartsAndBarsTest {

    @Test
    void theMarchThatSetOffIsAProtest() {
        assertThat(TestDocs.types("The march, led by the nurses' union and a dozen other groups, set off from the station."))
                .contains("protest");
    }

    @Test
    void aGroupBarredFromSchoolOrWorkIsABan() {
        assertThat(TestDocs.types("The new rulers barred women from most universities in the autumn.")).contains("other");
        assertThat(TestDocs.types("The council barred street vendors from working near the harbour.")).contains("other");
        // a road barred and a far "from" bar no one
        assertThat(TestDocs.types("Police barred the road and turned back buses coming from the north."))
                .doesNotContain("other");
    }
}
