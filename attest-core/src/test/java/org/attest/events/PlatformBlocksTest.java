package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r4d (7 December 2026, invented sentences): a network or platform cut told in the passive, as access
 * restricted, or as a disruption to the internet is the authorities' measure ({@code other}); the same cut
 * called for or feared is none.
 */
class PlatformBlocksTest {

    @Test
    void platformsBlockedInThePassiveAreOther() {
        assertThat(types("Signal and YouTube, the two apps most used by the students, have been blocked since early May."))
                .containsExactly("other");
        assertThat(types("The news website was blocked on Tuesday, its editor said.")).contains("other");
        assertThat(types("Activists fear the messaging platforms will soon be blocked.")).doesNotContain("other");
    }

    @Test
    void accessRestrictedToAServiceIsOther() {
        assertThat(types("The authorities restricted access to the messaging app Signal on Monday.")).containsExactly("other");
        assertThat(types("Rights groups urged the government to end restricted access to social media.")).doesNotContain("other");
    }

    @Test
    void aDisruptionToTheInternetIsOther() {
        assertThat(types("A monitoring group reported a severe disruption to internet connectivity in Ralsk on Friday."))
                .containsExactly("other");
        assertThat(types("Engineers warned of a disruption to internet connectivity during the storm.")).doesNotContain("other");
    }
}
