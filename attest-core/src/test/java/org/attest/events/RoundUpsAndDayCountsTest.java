package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Which day an event takes (dates29 round): a paragraph of a round-up of places ("In Velmora,
 * ...") goes on with the day the paragraph before told, and "four days after" counts back from the
 * day told last. Invented reports, run through the real splitter and dates stage.
 */
class RoundUpsAndDayCountsTest {

    @Test
    void aRoundUpOfPlacesGoesOnWithTheDayToldBefore() {
        List<Event> events = DatedReports.events("Farm unions said on Thursday that the blockade would go on.\n\n"
                + "Marches went on across the north on Monday, though the crowds were thinner.\n\n"
                + "In Velmora and Kest, hundreds of marchers blocked the ring road with burning bales.\n\n"
                + "In Ostrava, police said they arrested 12 people for looting a depot.\n", "2025-03-13");
        assertThat(datesOf(events, "arrest")).containsExactly("2025-03-10");
    }

    @Test
    void aRoundUpTakesNoYearOrMonthToldBefore() {
        List<Event> events = DatedReports.events("Dock workers walked out on Tuesday at the southern ports.\n\n"
                + "The union was founded in 1998 and has struck twice since.\n\n"
                + "In Ostrava, police arrested 12 people at a depot.\n", "2025-03-13");
        assertThat(datesOf(events, "arrest")).doesNotContain("1998");
    }

    @Test
    void aParagraphOpeningWithAnotherPhraseKeepsTheLeadDate() {
        List<Event> events = DatedReports.events("Dock workers walked out on Tuesday at the southern ports.\n\n"
                + "Marches went on across the north on Monday, though the crowds were thinner.\n\n"
                + "In a statement, police said they arrested 12 people at a depot.\n", "2025-03-13");
        assertThat(datesOf(events, "arrest")).doesNotContain("2025-03-10");
    }

    @Test
    void aRoundUpOfARunOfDaysIsTheNewsOfTheLead() {
        List<Event> events = DatedReports.events("The sit-in of the Velmar dock workers entered its 30th day on Wednesday.\n\n"
                + "On Tuesday, three union delegates were summoned by the port authority.\n\n"
                + "In Kest, tram drivers marched to the town hall for the fourth day in a row.\n", "2025-03-13");
        assertThat(datesOf(events, "protest")).contains("2025-03-12").doesNotContain("2025-03-11");
    }

    @Test
    void aRunOfDaysInItsOwnParagraphKeepsTheDayToldThere() {
        List<Event> events = DatedReports.events("The sit-in of the Velmar dock workers entered its 30th day on Wednesday.\n\n"
                + "In Kest, tram drivers walked out on Tuesday and marched for a third straight day.\n", "2025-03-13");
        assertThat(datesOf(events, "protest")).contains("2025-03-11");
    }

    @Test
    void fourDaysAfterCountsBackFromTheDayToldLast() {
        List<Event> events = DatedReports.events("The authorities on Monday hanged a 24-year-old courier in Dastjerd, "
                + "just four days after they executed a student in the first such case of the unrest.\n", "2025-03-11");
        assertThat(datesOf(events, "execution")).contains("2025-03-10", "2025-03-06");
    }
}
