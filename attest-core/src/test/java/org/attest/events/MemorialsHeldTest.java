package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A memorial or commemoration held is an organised gathering; a memorial that is a monument is none. All sentences are invented. */
class MemorialsHeldTest {

    @Test
    void memorialsCalledToBeHeldAreRallies() {
        assertThat(TestDocs.types("Widows of the miners have called for memorials to be held in every town on Friday."))
                .contains("rally");
    }

    @Test
    void aCommemorationTheGroupWillHoldIsARally() {
        assertThat(TestDocs.types("The association said it would hold a commemoration in Lisbon on Sunday."))
                .contains("rally");
    }

    @Test
    void aMemorialUnveiledIsNoGathering() {
        assertThat(TestDocs.types("A memorial to the drowned fishermen was unveiled in the harbour on Friday."))
                .doesNotContain("rally");
    }
}
