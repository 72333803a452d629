package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Protests that an execution, a sentence or an arrest is "linked to" are its matter, no protest told. All sentences are invented. */
class MatterOfEventsTest {

    @Test
    void anExecutionLinkedToProtestsTellsNoProtest() {
        assertThat(TestDocs.types("The authorities hanged a third man on Tuesday in a case linked to last year's protests."))
                .containsExactly("execution");
        assertThat(TestDocs.types("Two students were sentenced to death on Monday in connection with the demonstrations."))
                .containsExactly("death_sentence");
    }

    @Test
    void protestsThatAreNewsStayProtests() {
        assertThat(TestDocs.types("Three men were hanged on Monday, and protests linked to the hangings spread to four towns on Tuesday."))
                .contains("execution", "protest");
        assertThat(TestDocs.types("Dockers protested on Monday against job cuts linked to the merger.")).contains("protest");
    }
}
