package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Death sentences a court hands down told beside executions carried out are two acts; a death sentence
 * counted over a span of months is still the sentence, not a prison term.
 */
class SentencesAndExecutionsTest {

    @Test
    void sentencesHandedDownBesideExecutionsAreBoth() {
        assertThat(TestDocs.types("Courts in Velmar handed down at least 120 death sentences in 2019, and the authorities carried out at least nine executions."))
                .contains("death_sentence", "execution");
    }

    @Test
    void aDeathSentenceCarriedOutIsTheExecution() {
        assertThat(TestDocs.types("The death sentence of a 30-year-old farmer from Velmar was carried out at dawn on Monday."))
                .containsExactly("execution");
    }

    @Test
    void deathSentencesOverMonthsAreNoPrisonTerm() {
        assertThat(TestDocs.types("Courts in Velmar have sentenced at least 31 men to death for smuggling over the past nine months."))
                .contains("death_sentence").doesNotContain("other");
    }

    @Test
    void anAttackNamedBeforeATrialsMonthsStays() {
        assertThat(TestDocs.types("On Monday, a court in Velmar sentenced four men to death over a 2017 bombing, in a trial that lasted less than two months."))
                .contains("death_sentence", "attack");
    }
}
