package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events92 (invented sentences): a prosecutor general or a general speaks; a body's count
 * ("put the number of dead at"), its confirmation ("confirmed that") and its members' letter
 * ("sent a joint letter to") are statements, while ordinary people's stay sources.
 */
class OfficialsCountAndWriteTest {

    @Test
    void aProsecutorGeneralSpeaks() {
        assertThat(TestDocs.types("The Prosecutor General said on Thursday that anyone who blocks the roads would be punished."))
                .containsExactly("statement");
    }

    @Test
    void aBodysCountOfTheDeadIsAStatement() {
        assertThat(TestDocs.types("Amnesty International put the number of dead at no fewer than 40.")).containsExactly("statement");
        assertThat(TestDocs.types("Merchants put the number of closed shops at several thousand.")).isEmpty();
    }

    @Test
    void anOfficialWhoConfirmsThatStatesIt() {
        assertThat(TestDocs.types("The judiciary's spokesman only confirmed that \"a number of rioters\" had died."))
                .containsExactly("statement");
    }

    @Test
    void aLetterMembersOfAnAssemblySendIsAStatement() {
        assertThat(TestDocs.types("Members of the national assembly from three parties sent a joint letter to the minister"
                + " asking for an inquiry.")).containsExactly("statement");
        assertThat(TestDocs.types("The family sent a letter to the judge.")).isEmpty();
    }
}
