package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round ev25 (docs/history/events-rounds.md): political actions and votes told in shapes the trigger
 * lexicon missed (a government sacked, power seized in a coup, the internet shut down, polls held,
 * trials, bans imposed, a gathering declared illegal), deaths told by wounds or in
 * protests, a leader roughed up, and a plot that names a killing it aimed at, which is a foiled
 * attack and no killing; also a custodial death, a website blocked, a government or a parliament
 * dissolved, a power grab, a court's ruling, a revolution, industrial action and street demos;
 * "election fraud" names an allegation, not a vote. All sentences are invented for these tests.
 */
class MissedActionsRoundTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
        The governor sacked all her advisers and two ministers on Friday.                    | statement
        The prime minister has sacked the cabinet after the budget vote.                     | statement
        Officers seized power in the river republic before dawn.                             | other
        The junta has held 300 people since a coup in the hill country in March.             | other
        Trade slowed after the shutdown of the internet in the delta on Sunday.              | other
        Polls were held for the vacant river seat on Thursday.                               | election
        Voting took place in calm conditions across the islands.                             | election
        A teenager died in hospital from wounds he received near the depot.                  | killing
        Soldiers in the square shot two of the marchers dead.                                | killing
        The union leader was roughed up by guards at the factory gate.                       | attack
        The two editors went on trial in the port city.                                      | other
        The nine students were tried in a closed court last month.                           | other
        The mayor declared the vigil at the mine illegal.                                    | other
        The governor imposed a two-week ban on gatherings in the old town.                   | other
        Authorities imposed new restrictions on marches in three provinces.                  | other
        The regulator moved to suspend access to two messaging apps.                         | other
        Crowds grew after the custodial death of a young cook in the port city.              | other
        The media watchdog blocked the monitor's website in the spring.                      | other
        The general dissolved the government and the assembly before dawn.                   | statement
        The president dissolved parliament on the eve of the budget vote.                    | statement
        The army's power grab in the desert republic drew sanctions.                         | other
        The supreme court ruled that the closure of the square was unlawful.                 | other
        The 1989 revolution that toppled the regime began in the western city.               | protest
        Rail staff began a week of industrial action over pay on Monday.                     | other
        Police broke up the street demos against the fuel tax in the old town.               | protest
        """)
    void typesTheMissedShape(String sentence, String type) {
        assertThat(EventTypingTest.types(sentence)).containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The club sacked its coach after the final.",
        "A colonel attempted to seize power in the river republic.",
        "The former coup leader now runs a farm.",
        "Hundreds marched against the coup in the capital.",
        "She vowed to stay on the streets until the coup is over.",
        "Critics dubbed the decree a coup.",
        "Polls were conducted among 800 voters by the institute.",
        "The ministry imposed new restrictions on imports of steel.",
        "The lawyers tried to reach the court before noon.",
        "Lawyers were seeking an urgent court ruling on the closure.",
        "The chemist dissolved the salt in warm water.",
        "Rivals warned of a power grab by the ruling party.",
        "The army said it had acted in response to election fraud.",
    })
    void leavesTheContrastsAlone(String sentence) {
        assertThat(EventTypingTest.types(sentence)).doesNotContain("other", "election");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The industrial revolution changed the valley towns.",
        "A digital revolution in farming is under way.",
        "The union threatened industrial action if talks fail.",
        "The studio released two demos of the new game.",
    })
    void techniquesThreatsAndProductsAreNoProtest(String sentence) {
        assertThat(EventTypingTest.types(sentence)).doesNotContain("protest");
    }

    @Test
    void aDeathInTheProtestsIsAKillingAndTheProtestsStay() {
        assertThat(EventTypingTest.types("The only man who died died in the demonstrations that swept the valley towns."))
                .contains("killing", "protest");
        assertThat(EventTypingTest.types("Two passengers died in the crash during the protests in the valley.")).doesNotContain("killing");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Police said they had thwarted a plot to kill the mayor of the port town.",
        "Two clerks were charged over a conspiracy to kill a judge.",
    })
    void aPlotToKillIsAFoiledAttackNoKilling(String sentence) {
        assertThat(EventTypingTest.types(sentence)).doesNotContain("killing");
    }

    @Test
    void theThwartedPlotIsTheAttack() {
        assertThat(EventTypingTest.types("Police said they had thwarted a plot to kill the mayor of the port town."))
                .containsExactly("attack");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Police said the gunmen had killed the mayor of the port town.",
    })
    void aKillingWithoutAPlotStays(String sentence) {
        assertThat(EventTypingTest.types(sentence)).contains("killing");
    }
}
