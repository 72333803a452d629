package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round r2d (invented sentences): a practice still kept up, told without a date of its own, sums
 * up a record ("continues to", "have also continued"); with a date the sentence still reports.
 */
class KeptUpPracticesTest {
    @Test
    void aPracticeKeptUpWithoutADateIsNoEvent() {
        assertThat(types("Meanwhile, Valtra continues to execute prisoners at a high rate.")).isEmpty();
        assertThat(types("Arrests of striking dockers have also continued.")).isEmpty();
    }

    @Test
    void aDatedSentenceStillReports() {
        assertThat(types("Police in Varna continued to arrest dockers on 3 May 2026.")).contains("arrest");
    }
}
