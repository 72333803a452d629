package org.attest.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attest.events.TestDocs.types;

import org.junit.jupiter.api.Test;

/**
 * Round q170 (invented sentences): words put out in a joint or open letter, or posted on a
 * platform, are a statement as words "in a statement" are, whoever the speaker; writing on a
 * wall is no such post.
 */
class LettersAndPostsTest {
    @Test
    void aJointLetterIsAStatement() {
        assertThat(types("Four shipping firms said in a joint letter that they would back a higher port levy."))
                .containsExactly("statement");
        assertThat(types("In an open letter, forty doctors asked the health board to reopen the clinic."))
                .containsExactly("statement");
    }

    @Test
    void aPostOnAPlatformIsAStatement() {
        assertThat(types("The retired judge wrote on X that the ruling on the harbour levy was unjust."))
                .containsExactly("statement");
        assertThat(types("The mayor of Velmar posted on Facebook that the bridge would reopen in spring."))
                .containsExactly("statement");
    }

    @Test
    void writingOnAWallIsNoPost() {
        assertThat(types("The student wrote on the classroom board that the exam would start late.")).isEmpty();
    }
}
