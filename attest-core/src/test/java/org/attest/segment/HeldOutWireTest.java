package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rules from a held-out set of wire and rights-group reports (December 2026): in a text wrapped at
 * a fixed width, a line that fills most of the width or goes on in lower case was wrapped, not
 * ended, however short the width. Sentences of our own.
 */
class HeldOutWireTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void narrowWrappedLinesJoinIntoTheirSentences() {
        String text = "Police in the port city shot a docker named Ali\n"
                + "Reza Karimi in the leg on Monday, his union\n"
                + "said. Hundreds of dockers then\n"
                + "marched to the harbour office.";
        assertThat(texts(text)).containsExactly(
                "Police in the port city shot a docker named Ali\nReza Karimi in the leg on Monday, his union\nsaid.",
                "Hundreds of dockers then\nmarched to the harbour office.");
    }

    @Test
    void aShortLineOverACapitalisedLineStillEndsInAWrappedText() {
        String text = "Dock strike\n"
                + "Police in the port city shot a docker named Ali\n"
                + "Reza Karimi in the leg on Monday, his union\n"
                + "said.";
        assertThat(texts(text)).first().isEqualTo("Dock strike");
    }
}
