package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round miss221 (invented sentences): people who gather in defiance of the police, a ban or
 * warnings protest, whoever they are, and police who "dispersed them" broke up a gathering; a
 * gathering "despite the rain" defies nothing.
 */
class DefiedGatheringsTest {

    @Test
    void aGatheringThatDefiesThePoliceOrABanIsAProtest() {
        assertThat(types("Small groups of nurses' relatives gathered in two towns to mark the date despite a heavy police presence."))
                .contains("protest");
        assertThat(types("Some 60 veterans gathered by the river despite a ban announced the night before.")).contains("protest");
    }

    @Test
    void aGatheringDespiteTheWeatherIsNone() {
        assertThat(types("Relatives gathered despite the rain for the christening.")).doesNotContain("protest");
    }

    @Test
    void policeWhoDispersedThemBrokeUpAGathering() {
        assertThat(types("About 25 mothers stood in silence by the fountain until riot officers dispersed them."))
                .contains("protest");
        assertThat(types("The birds scattered when the children chased them.")).isEmpty();
    }
}
