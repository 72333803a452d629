package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): the internet cut told by its measure and a funeral held are
 * {@code other}; one feared or forbidden is none.
 */
class CutsAndFuneralsTest {

    @Test
    void connectivityFallingOrNetworksDisruptedIsACut() {
        assertThat(types("Internet connectivity in Dorvana fell to a tenth of normal levels on Friday night.")).containsExactly("other");
        assertThat(types("A monitoring group reported disruptions on Monday to mobile networks in Velm.")).containsExactly("other");
    }

    @Test
    void aFuneralHeldIsAnAct() {
        assertThat(types("Funerals for two of the dockers were held on Sunday under heavy security.")).containsExactly("other");
    }

    @Test
    void aCutFearedOrAFuneralForbiddenIsNone() {
        assertThat(types("Activists fear mobile networks could face disruption if the strike goes on.")).isEmpty();
        assertThat(types("The family was told on condition that no funeral be held.")).isEmpty();
    }
}
