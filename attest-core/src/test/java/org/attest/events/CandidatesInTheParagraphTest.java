package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * A candidate leaving a race, entering it or passing the vetting is told with the candidates named in the
 * paragraph rather than in the sentence itself. Invented sentences.
 */
class CandidatesInTheParagraphTest {

    @Test
    void aWithdrawalAfterTheCandidatesWereNamedIsOther() {
        assertThat(types("Four candidates stood for the presidency of Dorvan. The former mayor withdrew in March, "
                + "citing ill health.")).contains("other");
        assertThat(types("No serious challenger was left in the race. The lawyer Mara Tessin pulled out later that "
                + "month, saying the process was rigged.")).contains("other");
    }

    @Test
    void approvalsAndRegistrationsOfCandidatesAreOther() {
        assertThat(types("The vetting board screened the candidates. Of 300 people who applied, only nine were "
                + "approved.")).contains("other");
        assertThat(types("The board had approved only four of the 50 hopefuls who signed up in Pellan."))
                .contains("other");
        assertThat(types("He registered his candidacy two days before the deadline in Tamsel.")).contains("other");
    }

    @Test
    void troopsWithdrawnOrBudgetsApprovedAmongCandidatesAreNone() {
        assertThat(types("The candidates toured the border towns. The army withdrew its troops from Dorvan on Friday."))
                .doesNotContain("other");
        assertThat(types("The city council approved the budget for the new harbour in Pellan.")).doesNotContain("other");
    }
}
