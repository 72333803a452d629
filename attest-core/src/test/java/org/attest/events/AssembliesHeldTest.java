package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): a national assembly a union or movement holds is its
 * gathering, a rally; the legislature of that name and a vote for it are none.
 */
class AssembliesHeldTest {
    @Test
    void anAssemblyAUnionHoldsIsARally() {
        assertThat(types("The ferry crews' union will hold a national assembly in Velmar to decide on the strike."))
                .contains("rally");
    }

    @Test
    void theLegislatureAndItsVoteAreNoRally() {
        assertThat(types("The country held a national assembly election on Thursday.")).doesNotContain("rally");
        assertThat(types("The national assembly passed the harbour levy.")).doesNotContain("rally");
    }
}
