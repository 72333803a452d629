package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round evmisc22 (4 December 2026, invented sentences): a question, a penalty a law sets, an
 * intent named in a charge, a vote only demanded or ruled out tell no happening; deaths an
 * authority counts, death sentences carried out, an oath of office, a suspension from duty and
 * a vote's result overturned do. Shots into the air, a tear gas bomb, a stun grenade going off and
 * an "attack on press freedoms" are no attacks.
 */
class ObjectiveMisreadingsTest {

    @Test
    void aQuestionTellsNoHappening() {
        assertThat(types("Why detain the teachers at all?")).isEmpty();
        assertThat(types("“Will the dockers strike again?”")).isEmpty();
        // the same words told as a fact are an event
        assertThat(types("Police detained the teachers on Monday.")).contains("arrest");
    }

    @Test
    void aPenaltyALawSetsIsNoArrest() {
        assertThat(types("Blocking a road is punishable by arrest and a fine.")).doesNotContain("arrest");
    }

    @Test
    void anIntentNamedInAChargeIsNoKilling() {
        assertThat(types("The baker was found to have stabbed a guard with the intent of killing him."))
                .doesNotContain("killing");
    }

    @Test
    void aVoteOnlyDemandedIsNoElection() {
        assertThat(types("Thousands of miners marched on Sunday demanding early parliamentary elections."))
                .contains("protest").doesNotContain("election");
        assertThat(types("A big rally in the port on Saturday demanded snap elections."))
                .doesNotContain("election");
        assertThat(types("Despite calls for early elections, the premier has not budged.")).doesNotContain("election");
        assertThat(types("The dockers pressed for fresh presidential elections.")).doesNotContain("election");
        // an arrest only asked for is none either
        assertThat(types("The widows demanded the arrest of the officers.")).doesNotContain("arrest");
        // a preposition ends what is asked for: the arrest after it happened
        assertThat(types("The growers' union called for calm after the arrest of six pickers on Friday."))
                .contains("arrest");
    }

    @Test
    void anActRuledOutIsNoEvent() {
        assertThat(types("The premier has ruled out early elections before 2031.")).doesNotContain("election");
        assertThat(types("The minister ruled out arrests of the strikers.")).doesNotContain("arrest");
    }

    @Test
    void deathsAnAuthorityCountsInUnrestAreKillings() {
        assertThat(types("After the riots, police in the north reported at least six deaths and ten injuries."))
                .contains("killing");
        // deaths counted after a storm are no killings
        assertThat(types("After the storm, police in the north reported at least six deaths and ten injuries."))
                .doesNotContain("killing");
    }

    @Test
    void deathSentencesCarriedOutAreExecutions() {
        assertThat(types("Nine miners have been sentenced to death this year, and three of the sentences have been carried out."))
                .contains("death_sentence", "execution");
        // a prison sentence carried out is no execution
        assertThat(types("Nine miners were jailed this year, and three of the sentences have been carried out."))
                .doesNotContain("execution");
    }

    @Test
    void anOathOfOfficeIsAnOtherEvent() {
        assertThat(types("The new governor was sworn into office on Monday.")).contains("other");
    }

    @Test
    void aSuspensionFromDutyIsAnOtherEvent() {
        assertThat(types("The ministry suspended the district mayor from duty on Tuesday.")).contains("other");
    }

    @Test
    void aVotesResultOverturnedIsAnOtherEvent() {
        assertThat(types("The senator won a court ruling overturning the result of the May 3 vote.")).contains("other");
        assertThat(types("The top court annulled the results of the June 3 presidential poll."))
                .contains("other", "election");
    }

    @Test
    void shotsFiredIntoTheAirAreNoAttack() {
        assertThat(types("Police fired tear gas and live ammunition into the air to scatter the crowd on Friday."))
                .doesNotContain("attack");
        assertThat(types("Soldiers fired live ammunition at the marchers on Friday.")).contains("attack");
    }

    @Test
    void aTearGasBombOrAStunGrenadeIsNoBombing() {
        assertThat(types("Some youths hurled tear gas bombs at police on Friday.")).doesNotContain("attack");
        assertThat(types("The second man died of wounds from a stun grenade explosion.")).doesNotContain("attack");
        assertThat(types("A bomb exploded outside the police station on Friday.")).contains("attack");
    }

    @Test
    void anAttackOnPressFreedomsHarmsNoOne() {
        assertThat(types("The union called the raids an attack on press freedoms and the right to report."))
                .doesNotContain("attack");
    }

    @Test
    void aPollOrAPlebisciteIsAVote() {
        assertThat(types("Following a calm 12 May 2019 plebiscite, riots broke out in the capital."))
                .contains("election", "protest");
    }

    @Test
    void troopsOnTheStreetsAreAStatementOfTheAuthorities() {
        // acts28: troops sent in are the authorities' act reported as news
        assertThat(types("Troops were patrolling the port city in force on Saturday.")).contains("statement");
        assertThat(types("Several governors have called on the National Guard to mobilize.")).contains("statement");
        // guards only asked for are none
        assertThat(types("Shop owners urged the National Guard to patrol the mall.")).doesNotContain("other");
    }

    @Test
    void killingsAsTheTopicOfInquiriesOrAListOfNamesAreNoNewKilling() {
        assertThat(types("Lawyers said investigations into killings of miners have stalled.")).doesNotContain("killing");
        assertThat(types("Monitors collected the names of those killed.")).doesNotContain("killing");
    }
}
