package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Round recall2 (docs/history/events-rounds.md): events told in shapes the trigger lexicon missed: deaths
 * that "occurred" or were "caused", violence that "broke out", unrest that "rocked" a place, acts of
 * violence by demonstrators, a crowd that attended, recaptured prisoners, and political actions
 * (candidates barred or approved, balloting extended) and live fire told as "live bullets". All sentences are invented for these tests.
 */
class EventRecallRoundTest {

    @ParameterizedTest(name = "{1} <- {0}")
    @CsvSource(delimiter = '|', textBlock = """
        Relatives want answers about the deaths that occurred during the marches in the port city.  | killing
        Doctors said the deaths had occurred after police charged the protesters.                   | killing
        The use of rubber bullets caused a number of deaths among the marchers.                      | killing
        Several raids on the student camp resulted in deaths, the monitor said.                       | killing
        Only forty of the escaped inmates have been recaptured.                                       | arrest
        Unrest has rocked the mining region since the spring.                                         | protest
        The violence that broke out after the verdict reached three more towns.                       | protest
        A large crowd attended the memorial for the slain lawyer.                                     | rally
        Election officials barred every member of the old labour party and its youth wing from running.    | other
        The guardians approved only four candidates for the race.                                | other
        The governor used his powers to extend balloting in the flooded districts.                    | election
        Riot police used live bullets against the crowd outside the stadium.                          | attack
        """)
    void typesTheMissedShape(String sentence, String type) {
        assertThat(EventTypingTest.types(sentence)).containsExactly(type);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The floods caused dozens of deaths in the valley.",
        "The deaths occurred after a fever spread through the village.",
        "Acts of violence against women rose last year.",
        "The minister attended the ceremony for the new bridge.",
        "The board approved the budget for the new hospital.",
        "The council barred the lorry from the bridge.",
        "The soldiers carried live rounds in their packs.",
    })
    void leavesTheContrastsAlone(String sentence) {
        assertThat(EventTypingTest.types(sentence)).isEmpty();
    }

    @Test
    void actsOfViolenceByDemonstratorsAreAProtestOfTheirOwn() {
        // the participant noun alone only points back to the march told before; the acts are news
        String acts = "The mayor said there were also reports of acts of violence against two banks by some demonstrators.";
        var doc = TestDocs.doc().paragraph("Hundreds of demonstrators marched to the court on Monday.", acts).build();
        assertThat(TestDocs.sentencesOf(doc, "protest")).contains(acts);
        var contrast = TestDocs.doc().paragraph("Hundreds of demonstrators marched to the court on Monday.",
                "The mayor said acts of violence against women rose last year.").build();
        assertThat(TestDocs.sentencesOf(contrast, "protest")).hasSize(1);
    }
}
