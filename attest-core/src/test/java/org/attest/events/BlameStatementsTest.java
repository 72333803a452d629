package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * An official or a body that lays the blame accuses, round ev3b (invented sentences): "blamed" and
 * "blames" are speech verbs like "accused", a statement only for an official speaker as subject; a
 * passive blame and residents who blame stay no statement.
 */
class BlameStatementsTest {

    @Test
    void anOfficialWhoBlamesMakesAStatement() {
        assertThat(types("President Anton Velo on Sunday backed the fuel price rise and blamed the unrest on foreign agents."))
                .containsExactly("statement");
        assertThat(types("The interior ministry blames smugglers for the fuel shortages in the border towns."))
                .containsExactly("statement");
    }

    @Test
    void aPassiveBlameOrResidentsWhoBlameMakeNone() {
        assertThat(types("The blackout was blamed on a fault at the Velmar substation.")).isEmpty();
        assertThat(types("Residents blamed the landlord for the fire.")).isEmpty();
    }
}
