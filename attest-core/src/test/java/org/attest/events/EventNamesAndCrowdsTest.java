package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cases met on election-day copy, student protests in South Asia, Russian protest monitors and
 * rights groups' execution reports, with invented sentences: words that name an organisation, a
 * piece of equipment or a role rather than an event, executions still to come, and crowds and
 * shootings the lexicon missed. Each rule has a contrast case that must still give the event.
 */
class EventNamesAndCrowdsTest {
    @Nested
    class NoEvent {
        @Test
        void aPartyNamedCongressIsNoRally() {
            assertThat(types("The runoff pits the mayor of the Coastal People's Congress against a retired judge."))
                    .doesNotContain("rally");
            assertThat(types("Voters queued for hours, although the Congress for Rural Renewal had urged restraint."))
                    .doesNotContain("rally");
            assertThat(types("Exiles of the Highland Congress (HC) met diplomats on Monday.")).doesNotContain("rally");
        }

        @Test
        void aCongressHeldStaysARally() {
            assertThat(types("The Congress of Rural Women opened in the capital on Monday."))
                    .containsExactly("rally");
            assertThat(types("Delegates gathered for the annual congress of the farmers' movement."))
                    .contains("rally");
        }

        @Test
        void tearGasShellsAreNoShelling() {
            // the crowd's policing, part of its protest (r180, CrowdControlForce), not shelling
            assertThat(types("Riot police fired tear gas shells to disperse the marching students on Tuesday."))
                    .containsExactlyInAnyOrder("protest");
            assertThat(TestDocs.events(TestDocs.sentence("Riot police fired tear gas shells to disperse the marching students on Tuesday.")))
                    .extracting(org.attest.model.Event::trigger).doesNotContain("attack:=shelling");
            assertThat(types("Artillery shelling hit the outskirts of the town overnight.")).containsExactly("attack");
        }

        @Test
        void aPoliceRaidIsNoAttack() {
            assertThat(types("Police raided the home of the union leader before dawn on Sunday.")).doesNotContain("attack");
            assertThat(types("Gunmen raided a village school on Sunday.")).containsExactly("attack");
        }

        @Test
        void aPoliceFlagMarchIsNoProtest() {
            assertThat(types("Police staged a flag march through the old city to show their readiness on Friday."))
                    .doesNotContain("protest");
            assertThat(types("Thousands joined a march to the governor's office on Friday.")).containsExactly("protest");
        }

        @Test
        void aMonitorOrAnObserverNamesARole() {
            assertThat(types("The city's protest monitoring group counted 210 people in custody."))
                    .doesNotContain("protest");
            assertThat(types("Opposition parties and election observers complained about the count."))
                    .doesNotContain("election");
            assertThat(types("Opposition parties complained about the count in the election on Sunday."))
                    .containsExactly("election");
        }

        @Test
        void aHashtagBeforeProtestsNamesThem() {
            assertThat(types("Police detained a student leader of the #FairFares protests on Monday."))
                    .doesNotContain("online_campaign").contains("arrest");
            assertThat(types("Thousands of users shared the hashtag #FairFares on Monday."))
                    .containsExactly("online_campaign");
        }

        @Test
        void anExecutionScheduledOrForWhichPrisonersAreMovedHasNotHappened() {
            assertThat(types("Nine prisoners are scheduled to be executed in the central prison next week."))
                    .doesNotContain("execution");
            assertThat(types("Among the prisoners set to be executed are two teenagers.")).doesNotContain("execution");
            assertThat(types("Guards moved three of the inmates to solitary confinement for execution on Tuesday."))
                    .doesNotContain("execution");
            assertThat(types("Three of the inmates were executed on Tuesday.")).containsExactly("execution");
        }

        @Test
        void actionToPreventAnExecutionNamesItAsAnAim() {
            assertThat(types("The group on Monday urged lawyers to take action to prevent their execution."))
                    .doesNotContain("execution");
        }

        @Test
        void attacksInWordsAreNoAttacks() {
            assertThat(types("The vote was overshadowed by political attacks on the electoral board.")).doesNotContain("attack");
            assertThat(types("Gunmen carried out an attack on the electoral board on Friday.")).containsExactly("attack");
        }

        @Test
        void whatSomeoneDescribedAsIsNoStatement() {
            assertThat(types("Users criticised the council for what they described as a lack of care.")).isEmpty();
            assertThat(types("The minister described the strike as illegal on Monday.")).contains("statement");
        }

        @Test
        void aPressReleaseCitedIsNoStatementOfItsOwn() {
            assertThat(types("According to a police press release, officers arrested 12 traders on Friday."))
                    .containsExactly("arrest");
            assertThat(types("The ministry issued a press release on Friday.")).containsExactly("statement");
        }
    }

    @Nested
    class Missed {
        @Test
        void aFatalShootingIsAKilling() {
            assertThat(types("Residents mourned after the fatal shooting of a street vendor by a soldier on Friday."))
                    .containsExactly("killing");
            assertThat(types("A traffic officer fatally shot a motorcyclist at a checkpoint on Friday."))
                    .containsExactly("killing");
        }

        @Test
        void aBlockadeByStudentsOrFarmersIsAProtest() {
            assertThat(types("Students began a two-day blockade of the ring road on Monday.")).containsExactly("protest");
            assertThat(types("The army lifted its blockade of the port on Monday.")).doesNotContain("protest");
        }

        @Test
        void peopleWhoDemonstratedProtested() {
            assertThat(types("Hundreds of people demonstrated on Friday evening for cleaner water."))
                    .containsExactly("protest");
            assertThat(types("The audit demonstrated how the money was spent.")).isEmpty();
        }

        @Test
        void aProcessionIsAProtestUnlessItIsAFuneralOrACharge() {
            assertThat(types("Nurses brought out a procession in the district town on Wednesday.")).containsExactly("protest");
            assertThat(types("Mourners joined the funeral procession of the poet on Wednesday.")).doesNotContain("protest");
            assertThat(types("Prosecutors accused the mayor of leading an illegal procession.")).doesNotContain("protest");
        }

        @Test
        void stonesThrownAtPoliceAreAProtest() {
            assertThat(types("Clashes spread near the bus station as young men threw stones at police on Friday."))
                    .containsExactly("protest");
            assertThat(types("Villagers threw stones into the river during the festival on Friday.")).isEmpty();
        }

        @Test
        void aDeathDuringAClashIsAKilling() {
            assertThat(types("The town is tense after the death of a teenager during a clash with police on Monday."))
                    .contains("killing");
            assertThat(types("The death of the singer during a tour of the coast was announced on Monday."))
                    .doesNotContain("killing");
        }

        @Test
        void dispersingSupportersOrClashingWithThemReportsAProtest() {
            assertThat(types("Officers fired tear gas to disperse the senator's supporters near his house on Friday."))
                    .contains("protest");
            assertThat(types("Police fired rubber bullets during clashes with opposition supporters on Friday."))
                    .contains("protest");
            assertThat(types("On Sunday riot police fired tear gas at the mayor's supporters outside the court."))
                    .contains("protest");
            assertThat(types("Supporters of the party set fire to two buses on Sunday.")).containsExactly("protest");
        }
    }

    @Nested
    class Types {
        @Test
        void studentsGatheringAreAProtest() {
            assertThat(types("Angry students have been gathering at the main gate with sticks since Tuesday."))
                    .containsExactly("protest");
            assertThat(types("Delegates have been gathering in the hall for the annual summit since Tuesday."))
                    .doesNotContain("protest");
        }

        @Test
        void supportersGatheredAtAProtestAreNoRally() {
            assertThat(types("By Sunday the protests had dwindled, with only a few supporters gathered at the square."))
                    .containsExactly("protest");
            assertThat(types("Thousands of supporters gathered for the party's anniversary on Sunday."))
                    .containsExactly("rally");
        }

        @Test
        void ralliesWithDemandsAreProtests() {
            assertThat(types("Rallies demanding the release of the mayor were held on Sunday.")).containsExactly("protest");
        }
    }
}
