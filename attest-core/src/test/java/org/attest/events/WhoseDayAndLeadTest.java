package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;

import java.time.LocalDate;
import java.util.List;
import org.attest.dates.DateLexicon;
import org.attest.dates.DateStage;
import org.attest.model.Document;
import org.attest.model.Event;
import org.attest.model.Span;
import org.attest.segment.SentenceSplitter;
import org.junit.jupiter.api.Test;

/**
 * Which day an event takes when its sentence names another day or none (dates28 round): a caption
 * above the lead, a toll "by" a later morning, "that night", a day ahead that a vote "would be held"
 * on, a movement "that began" last week, "overnight" before a day told, a paragraph that points
 * back at "the vote" or "the decision", a month a poll is pushed back to (ahead, not last year's),
 * and "a teacher killed last month" (that killing's date alone). Invented reports, run through the real splitter and dates stage.
 */
class WhoseDayAndLeadTest {

    @Test
    void aCaptionAboveTheLeadDoesNotTakeTheLeadsPlace() {
        String caption = "Marchers carry flags past the court in Corvale.";
        String text = "Opposition supporters defy a ban on gatherings in the capital.\n\n" + caption + "\n\n"
                + "Thousands marched through Corvale on Tuesday after the court upheld the ban.\n\n"
                + "Police fired on the crowd near the court, killing three people.\n";
        int at = text.indexOf(caption);
        Document d = Document.of("test.txt", "test:", "0", null, LocalDate.parse("2025-03-12"), "en", text,
                List.of(new Span(at, at + caption.length())));
        List<Event> events = TestDocs.events(new DateStage(DateLexicon.load()).apply(SentenceSplitter.withDefaults().apply(d)));
        assertThat(datesOf(events, "killing")).containsExactly("2025-03-11");
    }

    @Test
    void aTollByALaterMorningKeepsTheDayOfTheDeaths() {
        List<Event> events = DatedReports.events("Crowds marched through Corvale on Tuesday.\n\n"
                + "By Wednesday morning, the death toll had risen to 14.\n", "2025-03-12");
        assertThat(datesOf(events, "killing")).containsExactly("2025-03-11");
        // events80: a body that puts the toll at a figure makes a statement of it (CountStatementsTest)
        List<Event> put = DatedReports.events("Crowds marched through Corvale on Tuesday.\n\n"
                + "By Wednesday morning, the health ministry had put the death toll at 14.\n", "2025-03-12");
        assertThat(datesOf(put, "killing")).isEmpty();
        assertThat(datesOf(put, "statement")).hasSize(1);
    }

    @Test
    void anActDoneByALaterDayIsToldOfThatDay() {
        List<Event> events = DatedReports.events("The walkout began on Saturday at the Velmar docks and spread along the coast. "
                + "By Tuesday, crane operators in Ostrel and Panuk had also laid down their tools.\n", "2025-03-13");
        assertThat(datesOf(events, "other")).contains("2025-03-08", "2025-03-11");
    }

    @Test
    void thatNightIsTheDayToldBefore() {
        List<Event> events = DatedReports.events("On 4 May 2023, troops opened fire on marchers in Corvale.\n\n"
                + "Medics said at least nine people were killed in the city that night.\n", "2024-05-04");
        assertThat(datesOf(events, "killing")).containsExactly("2023-05-04");
    }

    @Test
    void aVoteThatWouldBeHeldOnADayIsAheadAndTheAnnouncementKeepsItsOwnDay() {
        List<Event> events = DatedReports.events("In an address on Sunday evening, shortly after results came in, "
                + "the premier announced that the first round of a parliamentary vote would be held on July 14.\n", "2025-06-10");
        assertThat(datesOf(events, "election")).contains("2025-07-14");
        assertThat(datesOf(events, "statement")).containsExactly("2025-06-08");
    }

    @Test
    void aMovementThatBeganLastWeekDoesNotDateTheProtestsBeforeIt() {
        List<Event> events = DatedReports.events("Students marched through Corvale on Tuesday.\n\n"
                + "Demonstrations were reported in a dozen towns, as the campaign that began on student forums last week "
                + "spread to the provinces.\n", "2025-03-12");
        assertThat(datesOf(events, "protest")).containsOnly("2025-03-11");
    }

    @Test
    void protestsThatBeganOnADayKeepThatDay() {
        List<Event> events = DatedReports.events("Protests that began in the port on Friday spread to three towns.\n",
                "2025-03-12");
        assertThat(datesOf(events, "protest")).containsExactly("2025-03-07");
    }

    @Test
    void overnightCountsFromTheDayItsSentenceTells() {
        List<Event> events = DatedReports.events("Officials said on Tuesday that four people had been killed "
                + "overnight in Corvale.\n", "2025-03-14");
        assertThat(datesOf(events, "killing")).containsExactly("2025-03-10");
    }

    @Test
    void aParagraphPointingBackAtTheVoteTakesItsDay() {
        List<Event> events = DatedReports.events("Police detained 40 activists in Corvale on Monday, rights groups said.\n\n"
                + "The detentions follow months of unrest after the presidential election of 9 March 2025, which "
                + "the opposition calls rigged.\n\n"
                + "The vote set off the largest protests in years.\n", "2025-06-04");
        assertThat(datesOf(events, "protest")).contains("2025-03-09");
    }

    @Test
    void aPollDelayedToAMonthIsAheadAndTheDecisionKeepsTheDayBefore() {
        List<Event> events = DatedReports.events("The president said on February 2 that the poll would not go ahead. "
                + "Parliament then pushed back the presidential poll to November.\n\n"
                + "The decision set off protests in three towns.\n", "2025-03-20");
        assertThat(datesOf(events, "protest")).containsExactly("2025-02-02");
    }

    @Test
    void aDateRightAfterAParticipleOfItsNounDatesThatParticipleOnly() {
        List<Event> events = DatedReports.events("Strikes spread across the country over the weekend.\n\n"
                + "In Corvale, dockers walked out for a third day, and in Mirna, students rallied at the grave "
                + "of a teacher killed last month.\n", "2025-03-11");
        assertThat(datesOf(events, "protest")).containsOnly("2025-03-08");
        assertThat(datesOf(events, "killing")).containsExactly("2025-02");
    }
}
