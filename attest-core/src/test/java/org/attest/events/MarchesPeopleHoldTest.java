package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A march people hold, join or lead, or one called peaceful, silent or mass, is a protest; an army's is none. Invented sentences. */
class MarchesPeopleHoldTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "In Velmar, about 500 people took part in a peaceful march, local journalists said.",
        "Nurses joined a silent march outside the hospital on Monday.",
        "A march by students was broken up by police."})
    void aMarchPeopleHoldIsAProtest(String sentence) {
        assertThat(TestDocs.types(sentence)).contains("protest");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Soldiers took part in a military march on Independence Day.",
        "Prisoners were made to take part in a forced march across the desert."})
    void anArmysOrAForcedMarchIsNone(String sentence) {
        assertThat(TestDocs.types(sentence)).doesNotContain("protest");
    }
}
