package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Event;
import org.junit.jupiter.api.Test;

/**
 * A "+word" cue stands only on the word right after the phrase. All sentences are invented for
 * these tests.
 */
class NextWordCueTest {
    private static final EventStage STAGE = new EventStage(EventLexicon.load());

    private static java.util.List<String> types(String sentence) {
        return STAGE.apply(TestDocs.sentence(sentence)).events().stream().map(Event::type).toList();
    }

    @Test
    void aToFurtherOnBelongsToAnotherClause() {
        assertThat(types("On Friday the transport minister resigned, becoming the third member of the cabinet to leave."))
                .contains("other");
        assertThat(types("The mayor of the river town resigned, saying he had been unable to stop the violence."))
                .contains("other");
    }

    @Test
    void aToRightAfterTheVerbIsNoResignation() {
        assertThat(types("The farmers resigned to a long wait for compensation.")).doesNotContain("other");
    }

    @Test
    void theNextWordCueParsesAsItsOwnSide() {
        Cue c = Cue.parse("+to");
        assertThat(c.side()).isEqualTo(Cue.Side.NEXT);
        assertThat(c.value()).isEqualTo("to");
    }
}
