package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch dates40 (invented sentences): "as it did in 2019" gives the time of an earlier like act,
 * a point of comparison; it does not date the call of its sentence.
 */
class EarlierLikeActTest {

    @Test
    void aYearAfterAsItDidDatesNoEventOfTheSentence() {
        String text = "The press union has urged the governor to drop the charges against the two editors, as it did in 2019.";
        List<Event> events = DatedReports.events(text, "2025-03-11");
        assertThat(DatedReports.datesOf(events, "statement")).isNotEmpty().doesNotContain("2019");
    }
}
