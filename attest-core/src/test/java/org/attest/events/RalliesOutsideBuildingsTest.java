package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A crowd rallying outside a building protests there, though organisers gave its count. All sentences are invented. */
class RalliesOutsideBuildingsTest {

    @Test
    void rallyingOutsideABuildingIsAProtestWhateverTheSource() {
        assertThat(TestDocs.types("About 800 pensioners rallied outside the labour ministry on Monday, according to organisers."))
                .contains("protest").doesNotContain("rally");
        assertThat(TestDocs.types("Hundreds of nurses rallied in front of the health ministry on Monday, organisers said."))
                .contains("protest").doesNotContain("rally");
    }

    @Test
    void aRallyTheOrganisersHeldIndoorsStaysARally() {
        assertThat(TestDocs.types("The organisers said 3,000 members attended the rally at the party congress hall on Monday."))
                .contains("rally");
    }
}
