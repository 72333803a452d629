package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Type confusions of the events91 round: death row that only names whose kin act, accidents that
 * kill, announcements and dated calls of a protest to come, and a movement named with its year as
 * the scene of a toll. All sentences are invented for these tests.
 */
class TypeConfusionsRoundTest {

    // --- death row naming who someone's kin are (triggers.tsv), or a present belief (PresentStates)

    @Test
    void deathRowNamingWhoseKinActTellsNoSentence() {
        assertThat(TestDocs.types("Relatives of prisoners on death row rallied outside the court in Pellam on Monday."))
                .doesNotContain("death_sentence");
        assertThat(TestDocs.types("The brother of death-row prisoner Arman Tali was detained on Monday."))
                .containsExactly("arrest");
        assertThat(TestDocs.types("Two senators took up a sponsorship for a death-row prisoner last week."))
                .doesNotContain("death_sentence");
    }

    @Test
    void deathRowBelievedInThePresentCountsPeople() {
        assertThat(TestDocs.types("Rights groups say thousands of people are thought to be on death row in Korvia."))
                .doesNotContain("death_sentence");
    }

    // --- accidents that kill are `other`, no killing

    @Test
    void aStampedeOrACrashThatKillsIsAnAccident() {
        assertThat(TestDocs.types("A stampede at the stadium in Varda killed 12 fans on Monday."))
                .containsExactly("other");
        assertThat(TestDocs.types("The governor was killed when his helicopter crashed near Varda on 3 May."))
                .containsExactly("other");
        // EventTypingTest held this as no event; two annotators of the seeds' genre (ev121, ev124) type such a crash `other`
        assertThat(TestDocs.types("The mayor was killed in a helicopter crash near the coast.")).containsExactly("other");
    }

    // --- an announced protest to come is the protest (AttributionPass, Announcements)

    @Test
    void aProtestAnnouncedInAThatClauseOfTheFutureIsTheNews() {
        assertThat(TestDocs.types("The drivers' union has announced that its members will gather outside the ministry on Sunday."))
                .containsExactly("protest");
        assertThat(TestDocs.types("The party declared that the group had planned the rallies."))
                .containsExactly("statement");
    }

    @Test
    void aCallThatNamesTheDayOfTheProtestAnnouncesIt() {
        assertThat(TestDocs.types("The council has called on retired miners of the northern coalfields to join the strike on 30 June."))
                .containsExactly("boycott_call");
    }

    // --- "during the 2019 uprising": the movement the reader knows, as the scene of a toll (ToldSettings)

    @Test
    void aMovementNamedWithItsYearIsTheSceneOfAToll() {
        assertThat(TestDocs.types("Police killed 14 people in Dorvik during the 2019 uprising."))
                .containsExactly("killing");
        assertThat(TestDocs.types("The panel found that crimes were committed during the 2021 uprising, including the killing of 90 protesters."))
                .doesNotContain("protest");
        assertThat(TestDocs.types("Thousands marched in Dorvik during the 2019 uprising.")).contains("protest");
    }
}
