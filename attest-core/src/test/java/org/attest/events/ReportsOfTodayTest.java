package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch dates40 (invented sentences): an undated statement that only the lead would date is of
 * the day of writing when the lead dates an event; when the lead's date is a speaker's, the
 * undated replies after it share that day.
 */
class ReportsOfTodayTest {

    @Test
    void anUndatedStatementAfterALeadOfEventsIsOfTheDayOfWriting() {
        String text = String.join("\n\n",
                "Riot police on Monday broke up a march of nurses outside the health ministry in Velmora.",
                "The regional bar association said the use of batons against unarmed nurses was unlawful.");
        List<Event> events = DatedReports.events(text, "2025-05-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2025-05-13");
    }

    @Test
    void anUndatedReplyAfterALeadOfSpeechSharesTheSpeakersDay() {
        String text = String.join("\n\n",
                "Four miners were killed in a tunnel collapse near Kest, the mining union said on Monday.",
                "The mine operator condemned the delays in the rescue and said it would pay for the funerals.");
        List<Event> events = DatedReports.events(text, "2025-05-13");
        assertThat(DatedReports.datesOf(events, "statement")).contains("2025-05-12").doesNotContain("2025-05-13");
    }

    @Test
    void anUndatedStatementAfterAResultDeclaredInTheLeadSharesTheDayOfTheDeclaration() {
        String text = String.join("\n\n",
                "The mayor of Kest was declared the winner of the Dorvan presidential vote on Sunday, after a low turnout.",
                "The election commission chairman told reporters in Kest that the mayor received 5.1 million votes.");
        List<Event> events = DatedReports.events(text, "2025-05-13");
        assertThat(DatedReports.datesOf(events, "statement")).contains("2025-05-11").doesNotContain("2025-05-13");
    }
}
