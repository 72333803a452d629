package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch r3b (invented sentences): "the next morning" and "the following morning" are the day
 * after the day the text told last, as "the next day" is.
 */
class NextMorningTest {

    @Test
    void theNextMorningIsTheDayAfterTheToldDay() {
        String text = "On Tuesday, guards at the crossing detained a ferryman. He was released the next morning.";
        assertThat(DateTesting.mention(text, "2025-06-20", "the next morning").value()).isEqualTo("2025-06-18");
    }

    @Test
    void theFollowingMorningToo() {
        String text = "Dockers walked out on 3 May. Managers met them the following morning.";
        assertThat(DateTesting.mention(text, "2025-06-20", "the following morning").value()).isEqualTo("2025-05-04");
    }
}
