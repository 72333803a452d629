package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What a body says the people it speaks for would do ("the union said pensioners would gather") is
 * an announced event, as "said it would" is, not a hypothetical. All sentences are invented.
 */
class ReportedPlansOfPeopleTest {

    @Test
    void pensionersABodySaysWouldGatherProtest() {
        assertThat(TestDocs.types("The Veterans' Guild said pensioners would gather again outside the labour ministry in Lyon next Monday."))
                .contains("protest");
    }

    @Test
    void theNursesTheUnionSaysWouldStrikeStrike() {
        assertThat(TestDocs.types("The health workers' union said the nurses would strike at three clinics in Porto on Thursday."))
                .contains("other");
    }

    @Test
    void aPlainConditionStaysHypothetical() {
        assertThat(TestDocs.types("Pensioners would gather outside the ministry if the payments were cut again."))
                .doesNotContain("protest");
    }
}
