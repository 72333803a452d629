package org.attest.segment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pieces of a fresh held-out set of Iran reports, invented texts: a title and a subtitle in
 * headline case, each on its own line over a body one line break below, are pieces of their own
 * however long; a long wrapped body line is not.
 */
class HeldOutRoundTest {
    private static final SentenceSplitter SPLITTER = SentenceSplitter.withDefaults();

    private static List<String> texts(String text) {
        return SPLITTER.split(text).stream().map(s -> s.span().of(text)).toList();
    }

    @Test
    void aLongHeadlineLineIsAPieceOfItsOwn() {
        String text = "Online Campaign for Jailed Teacher Draws More than Ten Thousand Users in a Day\n"
                + "Hashtag Climbs to the Top of National Trends despite Filtering of the Platform\n"
                + "More than 10,000 users joined the campaign on Monday.";
        assertThat(texts(text)).containsExactly(
                "Online Campaign for Jailed Teacher Draws More than Ten Thousand Users in a Day",
                "Hashtag Climbs to the Top of National Trends despite Filtering of the Platform",
                "More than 10,000 users joined the campaign on Monday.");
    }

    @Test
    void aLongWrappedBodyLineJoinsTheNext() {
        String text = "Teachers in several towns gathered outside the education offices and demanded\n"
                + "the release of their colleagues on Monday.";
        assertThat(texts(text)).hasSize(1);
    }
}
