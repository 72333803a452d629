package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * r2c (invented sentences): the outcomes of a verdict other than death or a prison term (a term
 * for life, an acquittal, a sentence overturned) are the court's acts, {@code other}; one asked
 * for or feared is none.
 */
class VerdictOutcomesTest {

    @Test
    void aLifeTermIsTheCourtsAct() {
        assertThat(types("A seventh defendant, a 19-year-old baker, was given life imprisonment.")).containsExactly("other");
        assertThat(types("The tribunal in Dorrek sentenced two of the dockers to life on Monday.")).containsExactly("other");
    }

    @Test
    void anAcquittalIsTheCourtsAct() {
        assertThat(types("A fourth fisherman was acquitted for lack of evidence.")).containsExactly("other");
        assertThat(types("The court in Velm acquitted the union leader of all charges on Tuesday.")).containsExactly("other");
    }

    @Test
    void aSentenceOverturnedIsTheCourtsAct() {
        assertThat(types("Many of those sentences were later overturned on appeal.")).containsExactly("other");
    }

    @Test
    void anOutcomeAskedForOrFearedIsNone() {
        assertThat(types("Their lawyers urged the judges to ensure the teachers were acquitted.")).doesNotContain("other");
        assertThat(types("The families fear the nurses could be given life imprisonment.")).isEmpty();
    }
}
