package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Branch dates40 (invented sentence): "last evening" is the day before the report, as "last night" is. */
class LastEveningTest {

    @Test
    void lastEveningIsTheDayBefore() {
        String text = "In a notice posted last evening, the water board said supplies would resume.";
        assertThat(DateTesting.mention(text, "2025-06-19", "last evening").value()).isEqualTo("2025-06-18");
    }
}
