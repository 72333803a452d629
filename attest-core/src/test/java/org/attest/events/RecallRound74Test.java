package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Round events74 (invented sentences): missed statements and false events of the advocacy-report
 * genre.
 */
class RecallRound74Test {

    @Test
    void aProsecutorGeneralSpeaksAsAnOfficial() {
        assertThat(TestDocs.types("On Tuesday, the province's Prosecutor-General threatened the dockers with \"severe consequences.\""))
                .containsExactly("statement");
        assertThat(TestDocs.types("The Attorney-General warned that the dockers' leaders would answer for the losses."))
                .containsExactly("statement");
    }

    @Test
    void plainProsecutorsStaySources() {
        assertThat(TestDocs.types("Prosecutors said the defendant had kept the ledgers of the firm for ten years.")).isEmpty();
    }

    @Test
    void anOfficialWhoCallsSomethingByAJudgementSpeaks() {
        assertThat(TestDocs.types("Interior Ministry spokeswoman Lena Varga on Friday called the report \"a pack of lies.\""))
                .containsExactly("statement");
        assertThat(TestDocs.types("The state news agency calls the new tariffs a gift to smugglers."))
                .containsExactly("statement");
    }

    @Test
    void aLabelFromNoOfficialOrACalledVoteIsNoStatement() {
        assertThat(TestDocs.types("A shopkeeper called the new tariffs \"a disaster for the bazaar.\"")).isEmpty();
        assertThat(TestDocs.types("The governor called a special session of the assembly for next week.")).doesNotContain("statement");
    }

    @Test
    void aGovernmentThatSummonsAnEnvoyTakesADiplomaticStep() {
        assertThat(TestDocs.types("The Varnish Foreign Ministry summoned the Dalmoran ambassador on Tuesday evening."))
                .containsExactly("other");
        assertThat(TestDocs.types("The ministry said it had summoned the Dalmoran envoy to protest the verdict."))
                .doesNotContain("other");
    }
}
