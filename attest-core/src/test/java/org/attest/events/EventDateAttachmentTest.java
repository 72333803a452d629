package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Which date an event takes when its type and sentence are right (evdates round): the dates
 * stage and the events stage run over invented reports, so the dates are the ones the stage
 * resolves, not hand-made mentions.
 */
class EventDateAttachmentTest {
    @Test
    void aWeekdayAfterAPastPerfectCallIsTheLastOne() {
        // published Monday 15 September 2025: the Sunday is the 14th, not the 21st
        String text = "Opposition rally in Varnos\n\n"
                + "The Green League had called for protests on Sunday against the closure of two hospitals.";
        assertThat(datesOf(events(text, "2025-09-15"), "protest")).containsExactly("2025-09-14");
        String plain = "Opposition rally in Varnos\n\n"
                + "The Green League called for protests on Sunday against the closure of two hospitals.";
        assertThat(datesOf(events(plain, "2025-09-15"), "protest")).containsExactly("2025-09-21");
    }

    @Test
    void aDateTheEventStillLastedOnIsNoSecondEvent() {
        String text = "Blackout in Varnos\n\n"
                + "Authorities shut down mobile internet in the province on Saturday, an outage that persisted on Monday.";
        assertThat(datesOf(events(text, "2025-09-15"), "other")).containsExactly("2025-09-13");
    }

    @Test
    void theNthDayOfASeriesCountsFromItsStatedStart() {
        String text = "Dock strike in Valtra\n\n"
                + "The dock strike, which began on March 3, 2025, spread to four more ports.\n\n"
                + "On the sixth day of the strike, thousands of dockworkers marched through Valtra.";
        assertThat(datesOf(events(text, null), "protest")).contains("2025-03-08");
    }

    @Test
    void theNthDayOfASeriesWithoutAStartIsNoDate() {
        String text = "Dock strike in Valtra\n\n"
                + "Thousands of dockworkers marched through Valtra in March 2025.\n\n"
                + "Two union leaders were arrested as the strike entered its sixth day.";
        assertThat(datesOf(events(text, null), "arrest")).doesNotContain("2025-03-08");
    }

    @Test
    void aClauseOfWhichTellsWhatADatedEventDid() {
        String text = "Two men hanged\n\n"
                + "The two men were arrested in May 2019 over a 2011 bombing in Tessaly, which killed nine people.";
        assertThat(datesOf(events(text, null), "killing")).containsExactly("2011");
    }

    @Test
    void anUndatedReportsWeekdayTakesNoDayFromElsewhereOnlyItsMonth() {
        // the lead's month is the story's; which Saturday of it no reader can tell (StoryMonthOfUnresolvedDaysTest)
        String text = "Students detained in Carvo\n\n"
                + "The campaign against the fee rise began in March 2023.\n\n"
                + "Police arrested 20 students on Saturday in the capital.";
        assertThat(datesOf(events(text, null), "arrest")).containsExactly("2023-03");
    }

    @Test
    void anUndatedReportsWeekdayIsTheDayOfItsLatestDateWhenTheirWeekdaysAgree() {
        // 8 May 2025 was a Thursday
        String text = "Students detained in Carvo\n\n"
                + "The campaign against the fee rise began in March 2025.\n\n"
                + "Police arrested 20 students on Thursday in the capital.\n\n"
                + "Students march in Carvo, May 8, 2025.";
        assertThat(datesOf(events(text, null), "arrest")).containsExactly("2025-05-08");
    }

    @Test
    void aWeekdayGlossedByItsDateTakesThatDate() {
        String text = "Two men hanged\n\n"
                + "The Tessaly Rights Network said on Monday (June 9) that two prisoners were executed in Kelmar.\n\n"
                + "At least 90 people were hanged in 2025, the group said.";
        assertThat(events(text, null)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                .first().isEqualTo("2025-06-09");
    }

    @Test
    void theMonthNamingAnElectionDatesNoLaterSentence() {
        String text = "Boycott in Varnos\n\n"
                + "The opposition, which rejects the results of the January elections, stayed away from the session. "
                + "Hundreds of protesters rallied outside the building.";
        assertThat(datesOf(events(text, "2026-02-02"), "protest")).doesNotContain("2026-01");
    }

    @Test
    void aDateAfterAnotherVerbJoinedByAndIsThatVerbs() {
        String text = "Editor back in Varnos\n\n"
                + "The editor survived a bomb attack in 2019 and returned to the capital this year.";
        assertThat(datesOf(events(text, "2025-09-15"), "attack")).containsExactly("2019");
    }
}
