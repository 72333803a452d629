package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date220: a date in the reason a sentence or an arrest is given for dates the deed, not the
 * judgement, when the judgement has a day of its own (ReasonDates). Invented reports; 2024-05-08 is a Wednesday.
 */
class ReasonDatesTest {
    private static final String PUBLISHED = "2024-05-08";

    @Test
    void aYearInTheCrimeDoesNotDateASentenceWithItsOwnDay() {
        List<Event> events = events("Court in Corvan\n\n"
                + "A court in Corvan on Monday sentenced two brothers to death for their part in the murder of a "
                + "customs officer near the harbour, south of the town, in 2019, the prosecutor said.", PUBLISHED);
        assertThat(datesOf(events, "death_sentence")).containsExactly("2024-05-06");
    }

    @Test
    void aYearInTheReasonOfAnArrestDoesNotDateIt() {
        List<Event> events = events("Writer held in Corvan\n\n"
                + "Police in Corvan on Tuesday detained a poet for verses she read at a rally in 2021.", PUBLISHED);
        assertThat(datesOf(events, "arrest")).containsExactly("2024-05-07");
    }

    @Test
    void aLoneDateInTheReasonStillDatesTheSentence() {
        List<Event> events = events("Court in Corvan\n\n"
                + "A court in Corvan sentenced two brothers to death for the murder of a customs officer in 2019.", PUBLISHED);
        assertThat(datesOf(events, "death_sentence")).hasSize(1);
    }
}
