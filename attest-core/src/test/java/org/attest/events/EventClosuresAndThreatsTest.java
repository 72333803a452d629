package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.events;
import static org.attest.events.TestDocs.types;

import org.attest.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Cases met on agency and rights-group reports of bazaar closures, Kurdish strikes, hangings
 * and hashtag campaigns, with invented sentences: shops shut in protest, death sentences carried
 * out after a long subject, deaths in detention, threats of an execution, names of institutions,
 * and mentions of new people or a new count that point back to nothing. Each rule has a contrast
 * case that must keep its event.
 */
class EventClosuresAndThreatsTest {
    @Nested
    class Types {
        @Test
        void shopsShutDownAreAStrike() {
            assertThat(types("Traders in the old market shut down their shops on Monday over the falling currency."))
                    .containsExactly("other");
            assertThat(types("Parts of the grand bazaar were shut down on Wednesday.")).containsExactly("other");
            assertThat(types("In the southern town, shopkeepers closed their stores for two days."))
                    .containsExactly("other");
        }

        @Test
        void otherThingsShutDownStayOther() {
            assertThat(types("The authorities shut down the internet in the province on Monday.")).containsExactly("other");
            assertThat(types("The ministry shut down two newspapers near the market on Monday.")).containsExactly("other");
        }

        @Test
        void aDeathSentenceCarriedOutAfterALongSubjectIsAnExecution() {
            assertThat(types("The death sentences of four men, Ali Karimi from Saqqez, Reza Nouri and Omid Saberi "
                    + "from Baneh, who were moved to solitary confinement on Sunday, were carried out at dawn."))
                    .containsExactly("execution");
            assertThat(types("The death sentences of four men were upheld by the court on Sunday."))
                    .containsExactly("death_sentence");
        }

        @Test
        void aDeathInDetentionIsOtherAndNoArrest() {
            // other50: a death in custody with no violence told is `other` (ev97's gold), no killing
            assertThat(types("Protests followed the death in detention of a young student on Friday."))
                    .contains("other").doesNotContain("arrest", "killing");
            assertThat(types("Marches began over the death of Sara Nouri while in police custody on Friday."))
                    .contains("other");
            assertThat(types("Unrest spread after the death in police custody of the young student Sara Nouri."))
                    .contains("other");
            assertThat(types("The student died on Friday, two days after being detained by the police."))
                    .contains("killing");
            assertThat(types("Police detained a young student on Friday.")).containsExactly("arrest");
        }

        @Test
        void aStormOfTweetsIsNoAttack() {
            assertThat(types("Tuesday ended in a storm of criticism from the opposition.")).doesNotContain("attack");
            assertThat(types("Armed men stormed the police station on Tuesday.")).containsExactly("attack");
            assertThat(types("Hundreds of protesters stormed the governor's office on Tuesday.")).containsExactly("protest");
        }

        @Test
        void aMurderChargeIsNoKilling() {
            assertThat(types("He was moved to solitary confinement to serve his sentence on a murder charge on Friday."))
                    .doesNotContain("killing");
            assertThat(types("The murder of the journalist on Friday shocked the town.")).containsExactly("killing");
        }

        @Test
        void anAssemblyOfExpertsIsAnInstitution() {
            assertThat(types("The vote on Friday also chose members of the Assembly of Experts."))
                    .doesNotContain("rally");
            assertThat(types("The assembly of striking miners met in the square on Friday.")).contains("rally");
        }

        @Test
        void strikesDeclaredAreNoStatement() {
            assertThat(types("General strikes were declared in six towns on Tuesday.")).containsExactly("other");
            assertThat(types("The governor declared on Tuesday that the roads would reopen.")).containsExactly("statement");
        }
    }

    @Nested
    class NoEvent {
        @Test
        void aThreatOrDangerOfExecutionIsNone() {
            assertThat(types("The teacher has lived under threat of execution since 2019.")).doesNotContain("execution");
            assertThat(types("Two students are in grave danger of execution, the group said.")).doesNotContain("execution");
            assertThat(types("Hardly a week passes without news of an impending execution.")).doesNotContain("execution");
            assertThat(types("Two students were executed at dawn, the group said.")).containsExactly("execution");
        }

        @Test
        void aCallToEndExecutionsIsATopic() {
            assertThat(types("The call to end executions drew thousands of posts.")).doesNotContain("execution");
            assertThat(types("Executions rose sharply in the spring.")).containsExactly("execution");
        }

        @Test
        void protestsFromTimeToTimeAreAHabit() {
            assertThat(types("Pensioners organise protests from time to time to press their demands."))
                    .doesNotContain("protest");
            assertThat(types("Pensioners organised protests on Sunday to press their demands.")).containsExactly("protest");
        }
    }

    @Nested
    class NewMentions {
        @Test
        void theExecutionOfNewPeopleIsANewEvent() {
            var d = TestDocs.doc()
                    .paragraph("Two men were hanged in the northern prison last week.")
                    .paragraph("State media announced the execution of two other prisoners convicted of spying.")
                    .build();
            assertThat(events(d)).extracting(Event::type).filteredOn("execution"::equals).hasSize(2);
        }

        @Test
        void theExecutionPointedBackToIsNone() {
            var d = TestDocs.doc()
                    .paragraph("Two men were hanged in the northern prison last week.")
                    .paragraph("Relatives said the execution was carried out without warning.")
                    .build();
            assertThat(events(d)).extracting(Event::type).filteredOn("execution"::equals).hasSize(1);
        }

        @Test
        void aTollWithItsOwnFigureIsANewCount() {
            var d = TestDocs.doc()
                    .paragraph("A student was beaten to death in custody in the capital.")
                    .paragraph("The monitor placed the nationwide death toll at 212 protesters.")
                    .build();
            assertThat(events(d)).extracting(Event::type).filteredOn("killing"::equals).hasSize(2);
            var e = TestDocs.doc()
                    .paragraph("A student was beaten to death in custody in the capital.")
                    .paragraph("The monitor said the death toll was rising.")
                    .build();
            assertThat(events(e)).extracting(Event::type).filteredOn("killing"::equals).hasSize(1);
        }
    }
}
