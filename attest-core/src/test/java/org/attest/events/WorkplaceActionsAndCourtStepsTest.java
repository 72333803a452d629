package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round other220 (7 December 2026, invented sentences): acts of type {@code other} the lexicon
 * missed. Working people who sit in, stop work or call in sick take industrial action; a release
 * dated on a day of its own stays news beside the detention it ends; courts that convict, reject an
 * appeal or dissolve a party, a state that abolishes the death penalty, a candidate who concedes, a
 * hearing held or set, money a fund-raiser raised and a convoy stopped by the police are acts; a bar
 * told in the present passive ("are barred from") is a standing rule, no act.
 */
class WorkplaceActionsAndCourtStepsTest {

    @Test
    void aSitInOfWorkingPeopleIsIndustrialAction() {
        assertThat(types("Nurses staged a sit-in at two clinics on Tuesday over unpaid bonuses."))
                .contains("other").doesNotContain("protest");
        assertThat(types("Hundreds of teachers held sit-ins in their staff rooms on Sunday."))
                .contains("other").doesNotContain("protest");
        // students, relatives or protesters who sit in still protest
        assertThat(types("Students held a sit-in outside the dean's office on Monday."))
                .contains("protest").doesNotContain("other");
        assertThat(types("Mothers of missing men held a sit-in outside the ministry."))
                .contains("protest").doesNotContain("other");
        // nurses "were held" after a sit-in are detained: no sit-in of theirs is told
        assertThat(types("Police said 12 workers, several of them nurses, were held after the sit-in ended on Sunday."))
                .contains("arrest").doesNotContain("other");
    }

    @Test
    void workersWhoStopWorkOrCallInSickStrike() {
        assertThat(types("About 800 dock workers stopped work on Monday over late wages.")).contains("other");
        assertThat(types("Hospital doctors stopped non-emergency work in four towns.")).contains("other");
        assertThat(types("Scores of ambulance drivers called in sick on Thursday.")).contains("other");
        assertThat(types("Cleaners at the airport staged a sick-out in 2021.")).contains("other");
        // a call or a threat to stop work is none
        assertThat(types("The union urged miners to stop work next week.")).doesNotContain("other");
        assertThat(types("Bakers threatened to stop work if flour prices rose.")).doesNotContain("other");
    }

    @Test
    void aReleaseDatedOnItsOwnDayStaysBesideTheDetention() {
        assertThat(types("Police detained 30 villagers at the checkpoint, and 22 of them were released on Friday."))
                .contains("arrest", "other");
        assertThat(types("Five of the detained nurses were released without charge on Sunday evening."))
                .contains("other");
        // an undated release is the detention's end
        assertThat(types("One man was detained at the checkpoint and later released.")).doesNotContain("other");
    }

    @Test
    void courtStepsAreActs() {
        assertThat(types("A jury in the capital found the former mayor guilty of bribery last month.")).contains("other");
        assertThat(types("His lawyer said the appeal against the fine had been rejected.")).contains("other");
        assertThat(types("The small green party was dissolved by a high court ruling in 2020.")).contains("other");
        assertThat(types("The farmer was arraigned on Thursday in a county court.")).contains("other");
        assertThat(types("The governor granted a reprieve to the prisoner on Monday.")).contains("other");
        // calls for a verdict or a ruling are none
        assertThat(types("Relatives urged the judge to find the officers guilty.")).doesNotContain("other");
    }

    @Test
    void abolishingTheDeathPenaltyIsAnAct() {
        assertThat(types("The island state abolished the death penalty in 1990.")).contains("other");
        assertThat(types("Few voters miss the death penalty, which the young republic abolished in 1976."))
                .contains("other");
        assertThat(types("Bishops called for the death penalty to be abolished.")).doesNotContain("other");
    }

    @Test
    void closuresConcessionsHearingsAndFundRaisers() {
        assertThat(types("Police closed four cafes in the old town on Saturday for playing loud music.")).contains("other");
        assertThat(types("The losing candidate conceded defeat on Tuesday night after the election.")).contains("other");
        assertThat(types("The governor conceded that the election was close.")).doesNotContain("other");
        assertThat(types("The city council will hold a public hearing on the budget on June 2.")).contains("other");
        assertThat(types("A fundraiser for the injured cook had raised $8,000 by Sunday.")).contains("other");
        assertThat(types("Soldiers blocked the senator's convoy at a bridge on Monday.")).contains("other");
    }

    @Test
    void aBarToldInThePresentIsAStandingRule() {
        assertThat(types("Police officers in the province are barred from joining unions by law.")).doesNotContain("other");
        assertThat(types("The mayor, who is barred by the charter from running again, backed her deputy."))
                .doesNotContain("other");
        // a bar on a day stays an act
        assertThat(types("The reformist candidate was barred from running on Friday.")).contains("other");
    }
}
