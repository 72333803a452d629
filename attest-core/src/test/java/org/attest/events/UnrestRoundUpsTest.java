package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Round r182: wire round-ups of unrest after votes and price rises, the errors any reader would
 * call errors (invented sentences throughout).
 */
class UnrestRoundUpsTest {

    @Test
    void theYearClosingAStretchIsItsStartsToo() {
        List<Event> events = DatedReports.events(
                "The union said at least nine miners were injured during the sit-ins, which lasted from March 3 to 9, 2021.\n",
                "2023-05-10");
        assertThat(DatedReports.datesOf(events, "protest")).containsExactly("2021-03-03");
        List<Event> pair = DatedReports.events(
                "Dockers in Velmar held marches on October 12 and 13, 2020, against the port's sale.\n", "2023-05-10");
        assertThat(DatedReports.datesOf(pair, "protest")).allMatch(d -> d.startsWith("2020-10"));
    }

    @Test
    void notTheFirstTimeTellsEarlierActsInPassing() {
        assertThat(TestDocs.types("It is not the first time nurses have been detained over the pay dispute."))
                .doesNotContain("arrest");
        assertThat(TestDocs.types("It was not the first time police in Orlen had fired on a crowd."))
                .doesNotContain("attack");
        // a day of its own is news still, and a first time is one
        assertThat(DatedReports.datesOf(DatedReports.events(
                "Not for the first time, pensioners marched on the ministry on 4 August.\n", "2025-08-05"), "protest"))
                .containsExactly("2025-08-04");
        assertThat(TestDocs.types("Nurses were detained in Orlen for the first time.")).contains("arrest");
    }

    @Test
    void aConferenceThatCallsOrCondemnsIsABodyNoGathering() {
        assertThat(TestDocs.types("The Catholic bishops' conference called on Sunday for a recount of the ballots."))
                .doesNotContain("rally");
        assertThat(TestDocs.types("The Episcopal Conference condemned the arrests in a letter read in churches."))
                .doesNotContain("rally");
        assertThat(TestDocs.types("A conference called by the union drew 400 delegates in Orlen on Saturday."))
                .contains("rally");
        assertThat(TestDocs.types("The opposition held a conference in Orlen on Saturday.")).contains("rally");
    }

    @Test
    void tyresBurntInTheStreetAreAProtestAsTyresBurned() {
        assertThat(TestDocs.types("In Orlen, young people burnt tyres on the main avenue on Saturday night."))
                .contains("protest");
        assertThat(TestDocs.types("Youths burned tyres on the ring road in Velmar on Sunday.")).contains("protest");
    }

    @Test
    void aMonthBeforeThisYearIsADateNoMarch() {
        List<Event> events = DatedReports.events(
                "Nine herders were killed near Orlen between October 2019 and March this year.\n", "2020-10-24");
        assertThat(DatedReports.datesOf(events, "protest")).isEmpty();
        assertThat(DatedReports.datesOf(events, "killing")).containsExactly("2019-10");
        assertThat(DatedReports.datesOf(DatedReports.events(
                "Nurses were detained in Orlen in January and again in March this year.\n", "2020-10-24"), "protest")).isEmpty();
    }

    @Test
    void aGatheringNamedAsTheChargeIsNoProtestOfTheReport() {
        assertThat(TestDocs.types("The nurses were charged with participating in an unlawful gathering."))
                .doesNotContain("protest", "rally");
        assertThat(TestDocs.types("Four students were charged with organising an illegal protest outside the ministry."))
                .doesNotContain("protest");
        assertThat(TestDocs.types("The activists were accused of taking part in an unauthorised rally."))
                .doesNotContain("protest", "rally");
        assertThat(TestDocs.types("Nurses took part in a protest outside the ministry on Monday.")).contains("protest");
    }

    @Test
    void aWeekdayExpectedInThePastTenseIsTheComingOne() {
        // 2022-02-15 is a Tuesday
        List<Event> events = DatedReports.events(
                "Two nurses were charged with rioting in Orlen and were expected to appear in court on Wednesday.\n", "2022-02-15");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2022-02-16");
    }

    @Test
    void aStrikeSomeoneSaidWouldBeginOnADayIsCalledOnTheDayOfTheSaying() {
        // 2025-08-05 is a Tuesday
        List<Event> events = DatedReports.events(
                "The dockers' federation said on Sunday that it would begin an indefinite strike at all ports on August 18"
                        + " unless the wage rise was paid.\n", "2025-08-05");
        // a strike dated after the day of writing is told as its call (AnnouncedStrikes), made on the day it was said (stmt210)
        assertThat(DatedReports.datesOf(events, "boycott_call")).containsExactly("2025-08-03");
    }

    @Test
    void aBoycottOrderedByAnArmedGroupIsACall() {
        assertThat(TestDocs.types("In the hills, where rebels had ordered a boycott of the referendum, few polling stations opened."))
                .contains("boycott_call");
        assertThat(TestDocs.types("The militia imposed a boycott of the municipal vote in three districts."))
                .contains("boycott_call");
    }

    @Test
    void aGapDoesNotCrossIntoASecondVerbWithItsOwnObject() {
        // the road leads to the ministry; only tyres burned
        assertThat(TestDocs.types("Youths set fire to tyres and blocked the road leading to the ministry in Orlen."))
                .doesNotContain("attack").contains("protest");
        assertThat(TestDocs.types("Rioters set fire to two cars and the ministry in Orlen.")).contains("attack");
    }

    @Test
    void anAppositionRenamesTheMentionThatPointsBack() {
        List<Event> events = DatedReports.events("Thousands of nurses marched in Orlen on Thursday.\n\n"
                + "The protests, the third round of demonstrations since the pay freeze, were organised by the nurses' union.\n",
                "2024-03-09");
        assertThat(DatedReports.datesOf(events, "protest")).hasSize(1);
        // a first mention with an ordinal is news of its own
        List<Event> alone = DatedReports.events("Thousands of nurses marched in Orlen on Thursday.\n\n"
                + "A third round of demonstrations was held in Velmar on Friday.\n", "2024-03-09");
        assertThat(DatedReports.datesOf(alone, "protest")).hasSize(2);
    }

    @Test
    void anOpponentConfinedAtHomeIsAMeasureOfTheAuthorities() {
        assertThat(TestDocs.types("The opposition leader's home in Orlen has been surrounded by security forces since Tuesday."))
                .contains("other");
        assertThat(TestDocs.types("The challenger has been under police guard at his residence in Velmar since Sunday."))
                .contains("other");
        assertThat(TestDocs.types("The ballots were moved under police guard to the capital.")).doesNotContain("other");
    }

    @Test
    void theDayAThingIsPutOffToDatesNotThePuttingOff() {
        // 2024-02-12 is a Monday
        List<Event> events = DatedReports.events(
                "The assembly voted last week to postpone it to December, with 90 deputies backing the measure.\n", "2024-02-12");
        assertThat(DatedReports.datesOf(events, "other")).containsExactly("2024-02-05");
    }
}
