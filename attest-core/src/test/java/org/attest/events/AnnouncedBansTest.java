package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * type211: a ban that an official announces or declares is the measure itself (`other`), as one
 * imposed, issued or extended is; the words that made it known are no statement of their own. A
 * ban only asked for, threatened or weighed is none. All sentences are invented.
 */
class AnnouncedBansTest {

    @Test
    void aBanAnnouncedIsTheMeasureNotAStatement() {
        assertThat(types("The regional governor announced the ban on Monday, citing risks to public order."))
                .contains("other").doesNotContain("statement");
        assertThat(types("The city council declared a ban on all open-air gatherings on Tuesday."))
                .contains("other");
    }

    @Test
    void aBanAskedForOrWeighedIsNone() {
        assertThat(types("Residents called on the council to announce a ban on night flights.")).doesNotContain("other");
        assertThat(types("The minister said he was considering a declared ban on the sale of fireworks."))
                .doesNotContain("other");
    }
}
