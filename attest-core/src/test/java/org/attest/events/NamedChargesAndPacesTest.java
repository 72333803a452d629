package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2a (invented sentences): the crime a suspect is held for, and the events a conviction is
 * "over", are its charge; the pace or scale of a practice is a trend or a judgement. None is an event the sentence tells.
 */
class NamedChargesAndPacesTest {
    @Test
    void theKillingASuspectIsFreedInIsTheCharge() {
        assertThat(types("In March, a court in Varna freed a suspect in the killing of a local reporter, citing a lack of evidence."))
                .doesNotContain("killing");
        assertThat(types("Police in Varna detained two suspects in the killing of a local reporter on Monday."))
                .contains("arrest").doesNotContain("killing");
    }

    @Test
    void theProtestsAConvictionIsOverAreTheCharge() {
        assertThat(types("In June 2021, four men convicted over the 2019 protests in Varna were hanged."))
                .contains("execution").doesNotContain("protest");
    }

    @Test
    void thePaceOfExecutionsIsATrend() {
        assertThat(types("The rights office said on Friday it was alarmed by the pace of executions in the country."))
                .doesNotContain("execution");
    }

    @Test
    void theScaleOfDetentionsIsAJudgement() {
        assertThat(types("The interior minister told reporters on Sunday that the scale of the detentions had been exaggerated."))
                .contains("statement").doesNotContain("arrest");
    }

    @Test
    void aProtestNamedOtherwiseStaysAnEvent() {
        assertThat(types("Four men were hanged in Varna on Monday, and thousands protested outside the prison."))
                .contains("execution", "protest");
    }
}
