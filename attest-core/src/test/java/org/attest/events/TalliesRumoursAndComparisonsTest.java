package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.DatedReports.events;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q174 (7 December 2026, invented sentences): the short form of a raised total ("that brings
 * the number killed to 30", with no "of" and no noun) counts the acts told, no new one; a sentence
 * "likely to be commuted" is no commutation done; a death in custody that a rumour tells is none told; an
 * event a predicate compares with ("it is like the 2020 lockdown") is a point of reference; participants who
 * open a clause after ", and" or ", but" and speak give their word, no protest; a
 * call to "stay at home" is a call to stay away, and "in protest at" after a call is its reason, no protest; the
 * day of a figure's earlier value ("On Monday, its figure stood at 19") dates no later sentence; a march announced or called
 * is a protest, and "as planned" before it guards nothing; the dead
 * told as shot ("two of the dead were shot in the market on Friday") were killed, as
 * those of a toll by place ("five of them died in the capital") in unrest.
 */
class TalliesRumoursAndComparisonsTest {

    @Test
    void theShortFormOfARaisedTotalIsNoNewAct() {
        assertThat(types("That brings the number killed to 30.")).doesNotContain("killing");
        assertThat(types("The new detentions took the number arrested to more than 500, lawyers said."))
                .containsOnlyOnce("arrest");
        // "the number" with no raising verb before it still tells the day's acts
        assertThat(types("Police put the number arrested on Sunday at 40.")).contains("arrest");
    }

    @Test
    void aCommutationForeseenIsNoneDone() {
        assertThat(types("Lawyers say the sentence is likely to be commuted to thirty years in prison."))
                .doesNotContain("other");
        assertThat(types("His sentence is expected to be commuted before the holiday."))
                .doesNotContain("other");
        // a commutation done stays
        assertThat(types("The supreme court commuted the sentence to life imprisonment on Tuesday."))
                .contains("other");
    }

    @Test
    void aDeathInCustodyARumourTellsIsNoneTold() {
        assertThat(types("Youths blocked the main road on Monday after rumours spread that a detained student had died in custody."))
                .doesNotContain("other", "killing");
        assertThat(types("Relatives went to the gates on Sunday after a rumour that the journalist had died in detention."))
                .doesNotContain("other", "killing");
        // a death in custody told as fact stays
        assertThat(types("A detained student died in custody on Monday, his family said."))
                .contains("other");
    }

    @Test
    void anEventComparedWithIsAPointOfReference() {
        assertThat(types("\"It is like the 2020 lockdown, only nobody ordered it,\" a shopkeeper said on Monday."))
                .doesNotContain("other");
        assertThat(types("For many in the square it felt like the protests of the spring."))
                .doesNotContain("protest");
        // a lockdown told stays
        assertThat(types("The government ordered a lockdown of the capital on Monday."))
                .contains("other");
    }

    @Test
    void participantsWhoSpeakAfterACommaAndGiveTheirWord() {
        assertThat(types("The region was hit by floods in 2019, and many demonstrators say the relief never came."))
                .doesNotContain("protest");
        assertThat(types("The ministry promised new jobs, but some protesters said they did not believe it."))
                .doesNotContain("protest");
        // participants who act after the conjunction still protest
        assertThat(types("Police closed the bridge on Monday, and protesters marched on the ministry instead."))
                .contains("protest");
    }

    @Test
    void aCallToStayAtHomeIsACallAndItsProtestItsReason() {
        assertThat(types("The opposition leader has called on his supporters to stay at home for two days in protest at the count."))
                .contains("boycott_call").doesNotContain("protest");
        assertThat(types("The student union urged a boycott of the council vote in protest against the arrests."))
                .contains("boycott_call").doesNotContain("protest");
        // a curfew keeps people in: no call to stay away
        assertThat(types("The governor called on residents to stay at home during the curfew."))
                .doesNotContain("boycott_call");
    }

    @Test
    void theDayOfAFiguresEarlierValueDatesNoLaterSentence() {
        // 2026-03-10 is a Tuesday
        String text = "Toll rises\n\nThe monitors say 31 people have now been killed in the unrest. On Monday, their count stood at 24.\n\n"
                + "A rights group said in a statement that it had documented 40 deaths.\n";
        assertThat(datesOf(events(text, "2026-03-10"), "statement")).doesNotContain("2026-03-09");
        // a day of news still dates the sentences after it
        text = "Port update\n\nOn Monday, dockers stood outside the port gates for six hours.\n\n"
                + "Police detained twelve of them.\n";
        assertThat(datesOf(events(text, "2026-03-10"), "arrest")).containsExactly("2026-03-09");
    }

    @Test
    void aMarchAnnouncedIsAProtestAndAsPlannedGuardsNothing() {
        assertThat(types("The union leader announced a march through the port town for Sunday."))
                .contains("protest");
        assertThat(types("She said the sit-down would go on as planned and announced a march in the capital for Friday."))
                .contains("protest");
        // a march once planned, told as a plan, is still none held
        assertThat(types("The students had planned a march to the ministry."))
                .doesNotContain("protest");
    }

    @Test
    void theDeadToldAsShotWereKilled() {
        assertThat(types("Two of the dead were shot near the market in the old town on Friday, the monitors said."))
                .contains("killing");
        assertThat(types("Medics said most of the dead had been shot at close range."))
                .contains("killing");
        // the shot who are alive were attacked, no one killed
        assertThat(types("Two students were shot near the market on Friday, the monitors said."))
                .doesNotContain("killing");
    }

    @Test
    void aPartOfATollByPlaceInUnrestIsAKilling() {
        assertThat(types("Of the protesters shot on Monday, seven of them died in the capital and four in the port."))
                .contains("killing");
        assertThat(types("Nine people were hurt in a bus crash; two of them died in hospital."))
                .doesNotContain("killing");
    }
}
