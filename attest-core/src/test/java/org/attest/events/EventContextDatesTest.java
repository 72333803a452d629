package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;

import org.attest.model.DatePrecision;
import org.attest.model.Document;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Dates that may not date other sentences ({@link ContextDates}): a date that names a noun that is
 * no event, and the start of a long stretch after "since". Invented sentences and places.
 */
class EventContextDatesTest {

    @Test
    void aWeekendThatHoldsTheDayOfTheSameEventsGivesNoSecondEvent() {
        Document d = TestDocs.doc().published("2021-06-14")
                .paragraph("Medics said the number of dead in three towns climbed to nine on Sunday as police "
                        + "fired live rounds and tear gas at demonstrators over the weekend.")
                .date("Sunday", "2021-06-13", DatePrecision.DAY).date("over the weekend", "2021-06-12", DatePrecision.WEEK)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("protest")).extracting(Event::date)
                .containsExactly("2021-06-13");
    }

    @Test
    void aDateThatNamesACoupIsNotTheLeadDate() {
        Document d = TestDocs.doc().published("2022-01-18")
                .paragraph("Troops shot dead four marchers in Port Vela during rallies against the October 25 coup.")
                .paragraph("Two more people were killed near the airport, medics said.")
                .date("October 25", "2021-10-25", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("killing")).extracting(Event::date)
                .containsOnly("2022-01-18");
    }

    @Test
    void aYearThatNamesATakeoverIsNotTheLeadDateOfAnUndatedReport() {
        Document d = TestDocs.doc()
                .paragraph("Guards killed three students at the gate, the first deaths since the 2021 takeover.")
                .paragraph("Police arrested a dozen mourners in 2022, a lawyer said.")
                .date("2021", "2021", DatePrecision.YEAR).date("2022", "2022", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("killing")).extracting(Event::date)
                .containsOnly("2022");
    }

    @Test
    void aDateThatNamesAProtestStillDatesTheLead() {
        Document d = TestDocs.doc().published("2022-01-18")
                .paragraph("Police fired on the January 9 protests in Port Vela.")
                .paragraph("Two people were killed near the airport, medics said.")
                .date("January 9", "2022-01-09", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("killing")).extracting(Event::date)
                .containsOnly("2022-01-09");
    }

    @Test
    void aSinceDateOfACoupDatesNoLaterSentence() {
        Document d = TestDocs.doc().published("2022-01-18")
                .paragraph("The country has been in turmoil since a coup on Oct. 25.",
                        "Troops shot dead three marchers in the capital, medics said.")
                .date("Oct. 25", "2021-10-25", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("killing")).extracting(Event::date)
                .containsOnly("2022-01-18");
    }

    @Test
    void aSinceDateMonthsBeforeThePublicationDatesNoLaterSentence() {
        Document d = TestDocs.doc().published("2022-05-10")
                .paragraph("Dozens of dockers have been on strike since 3 February.",
                        "Police arrested nine of them at the gate, the union said.")
                .date("3 February", "2022-02-03", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2022-05-10");
    }

    @Test
    void aRecentSinceDateStillDatesTheNextSentences() {
        Document d = TestDocs.doc().published("2022-01-18")
                .paragraph("Security forces have arrested at least 23 people since last Tuesday.",
                        "Most of them were detained in the old town, a lawyer said.")
                .date("last Tuesday", "2022-01-11", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2022-01-11");
    }

    @Test
    void aSinceDateOfAnEventNounStillDatesTheNextSentences() {
        Document d = TestDocs.doc()
                .paragraph("Nine people have died since protests began on 4 March 2022.",
                        "Police arrested two students at the gate, a lawyer said.")
                .date("4 March 2022", "2022-03-04", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2022-03-04");
    }

    @Test
    void aDateBeyondAClauseBarrierFromEveryEventIsNoContextDate() {
        Document d = TestDocs.doc().published("2024-04-10")
                .paragraph("Police detained 30 students on charges of breaking a ban on rallies enacted by the governor on March 2.")
                .paragraph("Two more people were detained near the airport, medics said.")
                .date("March 2", "2024-03-02", DatePrecision.DAY)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2024-04-10");
        // contrast: a date the event itself takes dates the lead
        Document own = TestDocs.doc().published("2024-04-10")
                .paragraph("Police detained 30 students on March 2 on charges of breaking a ban on rallies.")
                .paragraph("Two more people were detained near the airport, medics said.")
                .date("March 2", "2024-03-02", DatePrecision.DAY)
                .build();
        assertThat(events(own)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2024-03-02");
    }

    @Test
    void aPointOfComparisonIsNoContextDate() {
        Document d = TestDocs.doc().published("2024-03-20")
                .paragraph("Courts in Velia handed down 300 death sentences, compared with 120 in 2022.",
                        "Guards hanged two men in the port prison, a lawyer said.")
                .date("2022", "2022", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                .containsOnly("2024-03-20");
    }

    @Test
    void aYearRightAfterSinceIsNoContextDateButADayIs() {
        // an undated report: the lead would be 2016; the document's year is 2024
        Document d = TestDocs.doc()
                .paragraph("Nurses have staged strikes in Velia regularly since 2016.")
                .paragraph("Police detained eleven nurses at the hospital gate, the union said.")
                .paragraph("The union's annual report for 2024 lists the cases.")
                .date("2016", "2016", DatePrecision.YEAR).date("2024", "2024", DatePrecision.YEAR)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2024");
        Document day = TestDocs.doc().published("2024-03-20")
                .paragraph("Nurses have been on strike in Velia since last Tuesday.")
                .paragraph("Police detained eleven nurses at the hospital gate, the union said.")
                .date("last Tuesday", "2024-03-12", DatePrecision.DAY)
                .build();
        assertThat(events(day)).filteredOn(e -> e.type().equals("arrest")).extracting(Event::date)
                .containsOnly("2024-03-12");
    }

    @Test
    void aPastPerfectIsBackstoryForTheSentencesAfterIt() {
        Document d = TestDocs.doc().published("2024-03-20")
                .paragraph("A teacher was sentenced to death in Velia.", "He had been arrested in May 2022 with ten others.",
                        "Two of them were hanged in the port prison.")
                .date("May 2022", "2022-05", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                .containsOnly("2024-03-20");
        // contrast: a simple past dates the sentence after it
        Document past = TestDocs.doc().published("2024-03-20")
                .paragraph("A teacher was sentenced to death in Velia.", "He was arrested in May 2022 with ten others.",
                        "Two of them were hanged in the port prison.")
                .date("May 2022", "2022-05", DatePrecision.MONTH)
                .build();
        assertThat(events(past)).filteredOn(e -> e.type().equals("execution")).extracting(Event::date)
                .containsOnly("2022-05");
    }
    @Test
    void aDateInALongComparedPhraseIsNoContextDate() {
        Document d = TestDocs.doc().published("2024-12-23")
                .paragraph("More people took to the streets of Velia on Sunday than during the marches which "
                        + "ended the rule of the old junta on 5 October 2000.",
                        "Smaller public rallies were also held in the cities of Orin and Tessa.")
                .date("Sunday", "2024-12-22", DatePrecision.DAY).date("5 October 2000", "2000-10-05", DatePrecision.DAY)
                .place("Velia", 9201).place("Orin", 9202).place("Tessa", 9203).build();
        assertThat(events(d)).filteredOn(e -> e.span().start() > 100 && e.type().equals("protest"))
                .extracting(Event::date).containsOnly("2024-12-22");
        // contrast: a date after a comma is out of the compared phrase
        Document after = TestDocs.doc().published("2024-12-23")
                .paragraph("More people took to the streets of Velia than during the last marches, police said, "
                        + "and the crowds gathered again on 20 December.",
                        "Smaller public rallies were also held in the cities of Orin and Tessa.")
                .date("20 December", "2024-12-20", DatePrecision.DAY)
                .place("Velia", 9201).place("Orin", 9202).place("Tessa", 9203).build();
        assertThat(events(after)).filteredOn(e -> e.span().start() > 100 && e.type().equals("protest"))
                .extracting(Event::date).containsOnly("2024-12-20");
    }

    @Test
    void aSinceDateAfterALongNounPhraseMonthsBackDatesNoLaterSentence() {
        Document d = TestDocs.doc().published("2022-11-15")
                .paragraph("A court in Velia sentenced a protester to death for the first time since the alleged "
                        + "police killing of 22-year-old Jane Roe in September set off rallies.")
                .paragraph("Another court sentenced five other defendants to prison, state media said.")
                .date("September", "2022-09", DatePrecision.MONTH)
                .build();
        assertThat(events(d)).filteredOn(e -> e.type().equals("death_sentence")).extracting(Event::date)
                .containsOnly("2022-11-15");
        // contrast: a recent start still dates the lead
        Document recent = TestDocs.doc().published("2022-11-15")
                .paragraph("A court in Velia sentenced a protester to death for the first time since the alleged "
                        + "police killing of 22-year-old Jane Roe on November 10 set off rallies.")
                .paragraph("Another court sentenced five other defendants to prison, state media said.")
                .date("November 10", "2022-11-10", DatePrecision.DAY)
                .build();
        assertThat(events(recent)).filteredOn(e -> e.type().equals("death_sentence")).extracting(Event::date)
                .containsOnly("2022-11-10");
    }
}
