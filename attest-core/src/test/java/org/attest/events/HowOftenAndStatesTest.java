package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.DatedReports.datesOf;
import static org.attest.events.TestDocs.types;

import java.util.List;
import org.attest.model.Event;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Sentences that tell no happening (round fp50, invented sentences): what tends to happen, said
 * with an adverb of how often or a word of a recurring course, and a state told in the present.
 * A sentence that gives a date of its own still reports its event.
 */
class HowOftenAndStatesTest {
    @Nested
    class HowOften {
        @Test
        void anAdverbOfHowOftenTellsAHabit() {
            assertThat(types("Relatives are seldom informed before a prisoner is hanged in the northern jails.")).isEmpty();
            assertThat(types("The island's courts rarely sentence anyone to death for theft.")).isEmpty();
            assertThat(types("Dock workers usually strike in the weeks before the harvest.")).isEmpty();
            assertThat(types("Such marches typically end at the ministry gates.")).isEmpty();
        }

        @Test
        void aRecurringCourseTellsNoEvent() {
            assertThat(types("Nurses in the province have been on and off strike since the pay freeze.")).isEmpty();
            assertThat(types("The sit-ins have followed a pattern: a morning march, a speech and a night at the gates.")).isEmpty();
            assertThat(types("Students from the western districts continue to be arrested at checkpoints.")).isEmpty();
        }

        @Test
        void aDateOfItsOwnStillReportsTheEvent() {
            List<Event> events = DatedReports.events(
                    "Police usually stay away, but on Tuesday they arrested twelve students at the gates.\n", "2025-03-06");
            assertThat(datesOf(events, "arrest")).containsExactly("2025-03-04");
        }
    }

    @Nested
    class StatesInThePresent {
        @Test
        void aClosingToldAsAPresentStateIsNoEvent() {
            assertThat(types("Shops, schools and most ministries are shut in the capital.")).doesNotContain("other");
        }

        @Test
        void deathRowToldInThePresentCountsPeopleNotSentences() {
            assertThat(types("Rights monitors say about 400 people are on death row in the kingdom.")).doesNotContain("death_sentence");
            assertThat(types("Nine fishermen remain on death row after the appeal.")).doesNotContain("death_sentence");
            assertThat(types("Two of the women currently on death row were arrested as teenagers.")).doesNotContain("death_sentence");
        }

        @Test
        void aSentencingToldBesideTheStateStays() {
            List<Event> events = DatedReports.events(
                    "A court sentenced two porters to death on Tuesday, and nine men remain on death row.\n", "2025-03-06");
            assertThat(datesOf(events, "death_sentence")).contains("2025-03-04");
        }
    }

    @Nested
    class ReadinessAndHedges {
        @Test
        void aReadinessTellsNoAct() {
            assertThat(types("The deal came only because the porters were prepared to strike for a month.")).isEmpty();
            assertThat(types("Farmers say they are ready to block the northern highway.")).doesNotContain("protest");
            assertThat(types("Few clerks were willing to join the march.")).doesNotContain("protest");
        }

        @Test
        void aModalOfInabilityTellsNoAct() {
            assertThat(types("\"We cannot march in the old town, so we sing,\" a student said."))
                    .doesNotContain("protest");
        }

        @Test
        void aHedgeLikensAndTellsNoEvent() {
            assertThat(types("\"It is a sit-in of sorts,\" one of the nurses said.")).doesNotContain("protest");
        }
    }

    @Nested
    class GenericStatements {
        @Test
        void everyOrEachRangesOverEventsAndReportsNone() {
            assertThat(types("Observers agree that every arrest tally in the province is a guess.")).isEmpty();
            assertThat(types("Traders reckon each day of the blockade costs the port a fortune.")).isEmpty();
        }

        @Test
        void aTriggerNounObjectOfThePresentNamesAPractice() {
            assertThat(types("Norland is the last state in the region that still carries out executions.")).isEmpty();
            assertThat(types("Corvania announces most arrests through its own news agency.")).doesNotContain("arrest");
            assertThat(types("Tarsia accounts for most recorded executions in the region.")).isEmpty();
        }

        @Test
        void aPluralModifierBeforeATriggerNounIsNoVerb() {
            assertThat(types("Kurdish rights protests drew thousands to the square in 2024.")).contains("protest");
        }

        @Test
        void everyBeforeAWasLeavesTheEventToItsVerb() {
            assertThat(types("Every marcher was arrested at the bridge.")).contains("arrest");
        }
    }
}
