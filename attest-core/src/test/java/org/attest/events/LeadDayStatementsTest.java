package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * An undated statement that only the report's lead would date shares the lead's day: the officials,
 * groups and ministers a report quotes after a lead of events spoke on the day the news happened, as
 * the annotators of ev210-ev214 read them (round stmt210, which turned round the rule of branch
 * dates40 that gave them the day of writing). A statement whose sentence dates its report ("said in a
 * statement on Wednesday announcing ...") takes that day, whatever the lead gives. Invented sentences.
 */
class LeadDayStatementsTest {

    @Test
    void anUndatedStatementAfterALeadOfEventsSharesTheLeadsDay() {
        String text = String.join("\n\n",
                "Riot police on Monday broke up a march of nurses outside the health ministry in Velmora.",
                "The regional bar association said the use of batons against unarmed nurses was unlawful.");
        List<Event> events = DatedReports.events(text, "2025-05-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2025-05-12");
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
    void aStatementDatedByItsOwnReportTakesThatDayNotTheLeads() {
        String text = String.join("\n\n",
                "Dock workers in Port Arvel marched to the harbour office on Monday to demand back pay.",
                "The dockers' union said in a statement on Wednesday announcing a second march that talks had failed.",
                "A labour monitor said in a report released on Wednesday that wage arrears had doubled.");
        List<Event> events = DatedReports.events(text, "2025-05-15");
        assertThat(DatedReports.datesOf(events, "statement")).containsOnly("2025-05-14");
    }
}
