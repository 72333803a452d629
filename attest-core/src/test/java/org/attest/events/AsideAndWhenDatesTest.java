package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * Branch events84: a date inside a clause set off by commas that describes a person or body
 * (", whose term ends this month,", ", established on 24 November,") dates none of the sentence's
 * events outside it; a clause of "when" right after a date that opens a period ("since the winter
 * of 2016-2017, when ...") tells what happened then. Invented reports; 2025-10-15 is a Wednesday.
 */
class AsideAndWhenDatesTest {
    @Test
    void aDateInAWhoseClauseDoesNotDateTheSpeakersStatement() {
        String text = "Dockers strike in Valtra\n\n"
                + "Dockers in Valtra walked out on Monday.\n\n"
                + "The mayor, whose mandate ends in December, said on Tuesday that the strike was unlawful.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).containsExactly("2025-10-14");
    }

    @Test
    void aDateInAWhoseClauseAboutABodyDatesNoCall() {
        String text = "Arrests of teachers in Valtra\n\n"
                + "Police in Valtra detained twelve teachers on Sunday.\n\n"
                + "The union urged the labour agency, whose annual meeting opens in Kessel on 30 October, "
                + "to raise the arrests with the government.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("2025-10-30");
    }

    @Test
    void aDateAfterAParticipleSetOffByCommasDatesOnlyItsNoun() {
        String text = "Death sentences in Valtra\n\n"
                + "A court in Valtra sentenced three miners to death on Monday.\n\n"
                + "The union called on the inquiry panel, established on 2 March, to review the cases.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("2025-03-02");
    }

    @Test
    void anEventInsideTheClauseStillTakesItsDate() {
        String text = "Strikes in Valtra\n\n"
                + "The dockers, who walked out on 2 March, returned to work after a deal.";
        assertThat(datesOf(events(text, "2025-10-15"), "other")).containsExactly("2025-03-02");
    }

    @Test
    void aClauseAfterAnEventNounStillDatesThatNoun() {
        String text = "March in Valtra\n\n"
                + "The march, which took place on 2 March, drew thousands of nurses to Valtra.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).containsExactly("2025-03-02");
    }

    @Test
    void aWhenClauseAfterASinceDateTellsWhatHappenedThen() {
        String text = "Strikes in Valtra\n\n"
                + "Dockers in Valtra walked out on Monday.\n\n"
                + "The strikes are the largest since the winter of 2016-2017, when miners marched through "
                + "forty towns and at least 12 people were killed.";
        List<Event> events = events(text, "2025-10-15");
        assertThat(datesOf(events, "killing")).containsExactly("2016");
    }

    @Test
    void aWhenClauseAfterASinceYearTellsWhatHappenedThen() {
        String text = "Strikes in Valtra\n\n"
                + "Dockers in Valtra walked out on Monday.\n\n"
                + "It was the biggest walkout since 2019, when police shot dead four strikers in Kessel.";
        assertThat(datesOf(events(text, "2025-10-15"), "killing")).containsExactly("2019");
    }

    @Test
    void aNounEventInsideTheClauseKeepsTheDateFromTheCallAroundIt() {
        String text = "Arrests of teachers in Valtra\n\n"
                + "Police in Valtra detained twelve teachers on Sunday.\n\n"
                + "The union urged the labour agency, whose annual conference opens in Kessel on 30 October, "
                + "to raise the arrests with the government.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("2025-10-30");
    }

    @Test
    void aDateAheadOfWhichACallIsMadeIsNotTheCalls() {
        String text = "Executions in Valtra\n\n"
                + "Valtra hanged nine prisoners in September.\n\n"
                + "The group called on member states to press Valtra for a moratorium on executions ahead of the "
                + "assembly's session opening in Kessel on 30 October.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).isNotEmpty().doesNotContain("2025-10-30");
    }

    @Test
    void aVerbAfterAnAppositionIsNoParticipleClause() {
        String text = "Death in custody in Valtra\n\n"
                + "The strikes began after Dorn Vasek, a 30-year-old docker from Kessel, died on 2 March, "
                + "two days after being detained by the police.";
        assertThat(datesOf(events(text, "2025-10-15"), "killing")).contains("2025-03-02");
    }

    @Test
    void anAnniversaryOfSomeYearsAgoThisWeekDatesItsMonth() {
        String text = "Strikes in Valtra\n\n"
                + "Dockers in Valtra walked out on Monday.\n\n"
                + "Three years ago this week, dockers marched through the port when fares were doubled.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).contains("2022-10").doesNotContain("2022");
    }

    @Test
    void aSpeechVerbJoinedToAReportOnADayIsOfThatDay() {
        String text = "Prison in Valtra\n\n"
                + "Relatives protested outside the prison in Valtra on Sunday.\n\n"
                + "The prisons chief told the state news agency on Monday that the prison held 900 inmates "
                + "and denied that it was overcrowded.";
        assertThat(datesOf(events(text, "2025-10-15"), "statement")).containsExactly("2025-10-13");
    }

    @Test
    void aClauseOfDuringWhichAfterADatedEventTakesItsDate() {
        String text = "Strikes in Valtra\n\n"
                + "Dockers in Valtra walked out on Monday.\n\n"
                + "Valtra was a centre of the March 2019 protest movement, during which more than 40 people were killed "
                + "across the country, according to rights groups.";
        assertThat(datesOf(events(text, "2025-10-15"), "killing")).containsExactly("2019-03");
    }

    @Test
    void electionDayIsTheDayOfTheVoteTheReportNamed() {
        String text = "Vote in Varnell\n\n"
                + "Supporters of the opposition marched in Kessel on Sunday against the results of Thursday's election.\n\n"
                + "At least six people were killed in attacks in the north on election day.";
        assertThat(datesOf(events(text, "2025-10-19"), "killing")).containsExactly("2025-10-16");
    }

    @Test
    void pollingDayWithNoVoteNamedGivesNoDayOfTheTextTold() {
        String text = "Vote in Varnell\n\n"
                + "Police in Kessel arrested 40 opposition supporters on Sunday.\n\n"
                + "Three people were killed in clashes in the north on polling day.";
        assertThat(datesOf(events(text, "2025-10-19"), "killing")).doesNotContain("2025-10-19");
    }

    @Test
    void aClauseOfInWhichAfterADayTellsWhatHappenedThatDay() {
        String text = "Curfew in Kessel\n\n"
                + "Police in Kessel imposed a curfew from noon on Thursday until 6 a.m. on Friday after clashes outside "
                + "the assembly on Tuesday night in which a 30-year-old protester died.";
        assertThat(datesOf(events(text, "2025-10-16"), "killing")).containsExactly("2025-10-14");
    }

    @Test
    void electionOfficesAreAPlaceNoVote() {
        String text = "Vote in Varnell\n\n"
                + "Supporters of the opposition protested outside election offices in Kessel on Sunday, accusing the "
                + "authorities of rigging Thursday's election.";
        assertThat(datesOf(events(text, "2025-10-19"), "election")).containsExactly("2025-10-16");
    }

    @Test
    void monthsOfUnpaidSalariesDateNoMarch() {
        String text = "Teachers strike in Kessel\n\n"
                + "Teachers in Kessel stayed away from schools on Monday.\n\n"
                + "The union said the strike would go on until salaries for June, July and August were paid, "
                + "and called for a march in Kessel on October 20.";
        assertThat(datesOf(events(text, "2025-10-15"), "protest")).doesNotContain("2025-06", "2025-07", "2025-08");
    }
}
