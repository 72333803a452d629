package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2d (invented sentences): what a denial denies is no event; the denial itself is a statement
 * when its verb is a statement's; what the sentence tells before the denial stays, and a passive
 * ("had been denied visits") or a rejection of no claim ("rejected the nomination papers") is no denial.
 */
class DenialPassTest {
    @Test
    void whatADenialDeniesIsNoEvent() {
        assertThat(types("The interior ministry denied that any student had been detained at the sit-in.")).containsOnly("statement");
        assertThat(types("Harbour officials have rejected accusations that the strike was broken up by force.")).doesNotContain("protest", "attack");
        assertThat(types("The governor rejected reports that the march had been broken up.")).doesNotContain("protest", "attack");
        assertThat(types("The port authority denied on Monday that any docker had been detained.")).containsExactly("statement");
        assertThat(types("The mayor said the port was calm and denied that any strike had taken place.")).containsExactly("statement");
        assertThat(types("Border police denied opening fire on the fuel carriers, saying the driver had lost control.")).doesNotContain("attack", "killing");
    }

    @Test
    void whatIsToldBeforeTheDenialStays() {
        assertThat(types("Police arrested 14 dockers in Varna on Monday but denied that any of them had been beaten."))
                .contains("arrest");
        assertThat(types("The transport minister said on Tuesday that the port had reopened, and denied that troops had fired on the dockers."))
                .contains("statement");
    }

    @Test
    void aPassiveOrARejectionOfNoClaimIsNoDenial() {
        assertThat(types("The three editors have been denied visits since their arrest in Lorn on 4 March.")).contains("arrest");
        assertThat(types("The election board rejected the nomination papers of 40 candidates on Monday.")).isNotEmpty();
        assertThat(types("On Monday a court in Varna denied bail to the four dockers.")).contains("other");
        assertThat(types("The mayor, who has dismissed the reports, said on Sunday that the curfew would end.")).contains("statement");
    }
}
