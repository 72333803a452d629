package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch date210 (invented sentences): which day an undated or loosely dated event is anchored
 * on. An undated statement after a lead of events shares the lead's day (the report gathers the
 * reactions of that day); words told to a news conference take the conference's day; a report
 * "released" on a day is the statement's day; words spoken to the crowd take the day of the
 * gathering the report dated; an aside's old date ("who led the coup on 2 April") dates no later
 * sentence; a march people "have been called on" to join on a weekday lies ahead; a statement whose
 * sentence dates its own report ("said in a statement on Wednesday") takes that day, not the lead's
 * (round stmt210).
 */
class AnchorDaysTest {

    @Test
    void anUndatedStatementAfterALeadOfEventsSharesTheLeadsDay() {
        String text = String.join("\n\n",
                "Riot police on Monday broke up a march of nurses outside the health ministry in Velmora.",
                "The regional bar association said the use of batons against unarmed nurses was \"unlawful\".");
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
    void wordsToANewsConferenceInATownTakeTheConferencesDay() {
        String text = String.join("\n\n",
                "Gunmen stormed a border post near Dorvan on Sunday, killing four guards.",
                "The interior ministry told a news conference in Kest on Monday that the attackers had fled across the river.");
        List<Event> events = DatedReports.events(text, "2025-03-04");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2025-03-03");
    }

    @Test
    void aReportReleasedOnADayIsThatDaysStatement() {
        String text = String.join("\n\n",
                "Voters queued for hours in Kest on Wednesday as the country elected a new parliament.",
                "A monitoring group said in a report released on Thursday that ballots had gone missing in nine districts.");
        List<Event> events = DatedReports.events(text, "2025-06-13");
        assertThat(DatedReports.datesOf(events, "statement")).containsExactly("2025-06-12");
    }

    @Test
    void wordsToTheCrowdTakeTheDayOfTheGatheringNotOfALaterSource() {
        String text = String.join("\n\n",
                "Two reporters were detained in Kest, their union said on Tuesday, as supporters of the council rallied in the capital.",
                "On Sunday, tens of thousands of people marched through the capital, chanting against the old government.",
                "The council's leader told the crowd that the country would never again take orders from abroad.");
        List<Event> events = DatedReports.events(text, "2025-09-16");
        assertThat(events).filteredOn(e -> e.type().equals("statement") && e.trigger().contains("told"))
                .extracting(Event::date).containsExactly("2025-09-14");
    }

    @Test
    void anAsidesOldDateDatesNoLaterSentence() {
        String text = String.join("\n\n",
                "Thousands of people rallied in the capital of Dorvan on Sunday in support of the ruling council.",
                "General Arel, who led the coup on 2 April, stayed away. Police detained two students who heckled the speakers.");
        List<Event> events = DatedReports.events(text, "2025-09-16");
        assertThat(DatedReports.datesOf(events, "arrest")).containsExactly("2025-09-14");
    }

    @Test
    void aMarchPeopleHaveBeenCalledOnToJoinOnAWeekdayLiesAhead() {
        String text = String.join("\n\n",
                "Opposition supporters blocked a highway outside Kest on Monday to demand a recount.",
                "The opposition has called on its supporters to join a protest march on Saturday.");
        List<Event> events = DatedReports.events(text, "2025-06-17");
        assertThat(DatedReports.datesOf(events, "protest")).contains("2025-06-21").doesNotContain("2025-06-14");
    }

    @Test
    void aCallMadeOnAWeekdayStillTellsThePastDay() {
        String text = "The bar council called on Monday for the release of the lawyers held in Kest.";
        List<Event> events = DatedReports.events(text, "2025-06-17");
        assertThat(events).extracting(Event::date).doesNotContain("2025-06-23");
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
