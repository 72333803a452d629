package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Branch events62: event words that name no happening of their sentence, each in an invented
 * sentence: a party's name opened by "Rally for", rules about an event, a question put about one,
 * a title ("impeached President"), an attempt to detain, and a figure of speech described as one.
 */
class NoHappeningWordsTest {
    @Test
    void aPartyNamedRallyForIsNoRally() {
        assertThat(TestDocs.types("Police on Monday detained Ana Riel, a spokeswoman of the Rally for Progress party, at her home."))
                .containsExactly("arrest");
    }

    @Test
    void aRallyForACauseIsStillAGathering() {
        assertThat(TestDocs.types("Thousands joined a rally for peace in Valtra on Sunday.")).isNotEmpty();
    }

    @Test
    void rulesAboutProtestsAreNoProtest() {
        assertThat(TestDocs.types("The council meets next week, where members may discuss new campus protest rules.")).isEmpty();
    }

    @Test
    void aQuestionAboutTheBoycottLeavesTheAnswer() {
        assertThat(TestDocs.types("The finance minister, asked about the boycott on Wednesday, said shoppers were free to choose."))
                .containsExactly("statement");
    }

    @Test
    void anImpeachedPresidentIsATitle() {
        assertThat(TestDocs.types("Prosecutors detained impeached President Tomas Brek at his villa on Wednesday."))
                .containsExactly("arrest");
    }

    @Test
    void theImpeachmentItselfIsStillTold() {
        assertThat(TestDocs.types("The assembly impeached him on 14 December by 190 votes to 90.")).containsExactly("other");
        assertThat(TestDocs.types("The governor was impeached by the state senate in March.")).containsExactly("other");
    }

    @Test
    void anAttemptToDetainIsNoArrest() {
        assertThat(TestDocs.types("An attempt to detain the mayor on 3 January was abandoned after a standoff."))
                .containsExactly("other");
        assertThat(TestDocs.types("Police tried to arrest the mayor on Friday but were blocked by his supporters."))
                .containsExactly("other");
    }

    @Test
    void aWarningShotDescribedIsAFigure() {
        assertThat(TestDocs.types("The party leader described the vote as \"a warning shot\" for the cabinet.")).doesNotContain("other");
        assertThat(TestDocs.types("Soldiers fired warning shots as the crowd neared the gate on Monday.")).containsExactly("other");
    }
}
