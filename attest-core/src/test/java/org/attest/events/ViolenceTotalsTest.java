package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * viol210: killings, executions, arrests and attacks that a sentence only counts, sums up or names in
 * general are no acts of their own: a monitor's or a year's total ({@link CountedTotals}), a toll in the
 * perfect over years ({@link YearTolls}), a campaign of kinds or a gerund judged ({@link GenericActs}),
 * people a participle after a verb describes ({@code NonEvents.adjectival}), an arrest asked for ({@link Demands}).
 * An ambush or a base overrun that kills is an attack beside its killing ({@link DeadlyAttacks}).
 * All sentences are invented.
 */
class ViolenceTotalsTest {

    @Test
    void aMonitorsCountIsNoExecution() {
        assertThat(types("The Oslo-based monitor counted 611 executions in 2021.")).doesNotContain("execution");
        assertThat(types("The group said it had documented at least 52 killings and 640 arbitrary detentions nationwide."))
                .doesNotContain("killing", "arrest");
        assertThat(types("Women made up a tenth of all executions recorded in the country in 2019.")).doesNotContain("execution");
    }

    @Test
    void aCountOfActsAgainstAKindOfPeopleIsATotal() {
        assertThat(types("Last year the institute counted 143 killings of rural activists nationwide.")).doesNotContain("killing");
    }

    @Test
    void anArrestAskedForOrAnAttackWarnedOfIsNone() {
        assertThat(types("The opposition called on Monday for the arrest of the district governor.")).doesNotContain("arrest");
        assertThat(types("Mourners demanded that the gunmen be arrested and tried.")).doesNotContain("arrest");
        assertThat(types("The rebels warned of further attacks on the pipeline.")).doesNotContain("attack");
        // a subjunctive only after a verb of asking; a bare "facing" near the verb is no threat
        assertThat(types("Police said that the gunmen were arrested on Monday.")).contains("arrest");
        assertThat(types("Officers facing the crowd arrested six people on Friday.")).contains("arrest");
    }

    @Test
    void aYearsTotalOrAComparisonIsNoExecution() {
        assertThat(types("The figure fell from 180 executions in 2016 to 31 executions in 2019."))
                .doesNotContain("execution");
        assertThat(types("The kingdom carried out more executions than any of its neighbours in 2020.")).doesNotContain("execution");
    }

    @Test
    void theActsCountedThemselvesStay() {
        // a monitor's few deaths near a place are its report of them (TalliedDeathsTest)
        assertThat(types("Monitors recorded three killings near the ford.")).contains("killing");
        // the acts named with their victims, a day's executions, and a running count of this stretch are news
        assertThat(types("The group documented the killings of nine miners near the border on 4 May.")).contains("killing");
        assertThat(types("Authorities carried out 12 executions on Tuesday at the central prison.")).contains("execution");
        assertThat(types("The monitor has recorded at least 70 executions since 1 January.")).contains("execution");
    }

    @Test
    void aTollSummedUpOverYearsIsBackground() {
        assertThat(types("The rebellion, which broke out in 2011, has killed more than 30,000 people.")).doesNotContain("killing");
        assertThat(types("The violence has killed thousands of people and uprooted a million since 2016.")).doesNotContain("killing");
        assertThat(types("At least 40 union organisers have been killed so far this year, the federation says."))
                .doesNotContain("killing");
        // a week's toll stays the news
        assertThat(types("Soldiers have killed at least 11 villagers in the district since Friday.")).contains("killing");
    }

    @Test
    void actsOfKindsOnKindsAreACampaignNotAnEvent() {
        assertThat(types("Insurgents have attacked army posts, pipelines and foreign engineers in the province."))
                .doesNotContain("attack");
        assertThat(types("Insurgents have attacked an army post in the province.")).contains("attack");
    }

    @Test
    void anActJudgedAsASubjectIsNoEvent() {
        assertThat(types("\"Hanging prisoners on the strength of forced confessions would be a grave wrong.\""))
                .doesNotContain("execution");
    }

    @Test
    void peopleAParticipleDescribesAfterAVerbOrPrepositionAreNoArrest() {
        assertThat(types("A lawyer who had represented arrested students was stabbed to death on 8 May.")).doesNotContain("arrest");
        assertThat(types("Parents want the charges against detained pupils dropped.")).doesNotContain("arrest");
        assertThat(types("Police detained pupils outside the school on Monday.")).contains("arrest");
    }

    @Test
    void anAmbushOrABaseOverrunThatKillsIsAnAttackToo() {
        assertThat(types("A fuel convoy was ambushed near the river crossing on Friday, killing 23 drivers."))
                .contains("attack", "killing");
        assertThat(types("Rebels overran an army base near the lake on Saturday night, killing at least 14 soldiers."))
                .contains("attack", "killing");
    }
}
