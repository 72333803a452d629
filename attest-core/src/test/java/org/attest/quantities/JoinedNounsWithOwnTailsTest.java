package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.quantities.QuantityStageTest.run;

import org.attest.model.Quantity;
import org.junit.jupiter.api.Test;

/**
 * A noun joined by "and" to the noun counted and followed by a gerund of speech is the subject
 * of a clause of its own, not part of the unit; plain joined nouns stay in it. Invented sentences.
 */
class JoinedNounsWithOwnTailsTest {

    @Test
    void aJoinedNounWithASpeechGerundIsLeftOut() {
        assertThat(run("Monitors counted dozens of arrests and officials saying the unrest was over."))
                .extracting(Quantity::unit).containsExactly("arrests");
        assertThat(run("Medics reported 14 injuries and police claiming none were serious."))
                .extracting(Quantity::unit).containsExactly("injuries");
    }

    @Test
    void plainJoinedNounsStayInTheUnit() {
        assertThat(run("Strikes closed 40 schools and clinics in the north."))
                .extracting(Quantity::unit).containsExactly("schools and clinics");
        assertThat(run("About 90 nurses, porters and cleaners walked out."))
                .extracting(Quantity::unit).containsExactly("nurses, porters and cleaners");
    }
}
