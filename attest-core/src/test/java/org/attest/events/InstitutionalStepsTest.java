package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): steps taken through institutions (a court petitioned, a bill
 * introduced, a declaration signed) are {@code other}; a call renewed is a statement; one planned
 * or urged is none.
 */
class InstitutionalStepsTest {

    @Test
    void aCourtPetitionedABillIntroducedADeclarationSignedAreActs() {
        assertThat(types("Relatives of forty dockers petitioned the Velm appeals court in March.")).containsExactly("other");
        assertThat(types("Senator Orla Brandt introduced a bill on Tuesday that would ban the sale of spyware.")).containsExactly("other");
        assertThat(types("More than 90 mayors have signed a declaration backing the reform plan.")).containsExactly("other");
    }

    @Test
    void aCallRenewedIsAStatement() {
        assertThat(types("The monitor renewed its call on the Dorvanian authorities to free the detained teachers."))
                .containsExactly("statement");
    }

    @Test
    void aStepPlannedOrUrgedIsNone() {
        assertThat(types("The union plans to petition the court next month.")).doesNotContain("other");
        assertThat(types("Activists urged lawmakers to introduce a bill on spyware.")).doesNotContain("other");
    }
}
