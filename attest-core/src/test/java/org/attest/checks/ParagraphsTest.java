package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.attest.model.Span;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    private static final MinHash HASH = new MinHash(100, 4, 7L);
    private static final String LONG = "Residents of the northern districts said the water had been cut for three days "
            + "and that the council had given no date for its return, while shopkeepers in the market closed early "
            + "and the schools sent pupils home at noon.";

    @Test
    void onlyLinesLongEnoughAreParagraphsAndEachIsSignedAsItsOwnText() {
        String other = LONG.replace("three", "four");
        String text = "Tehran, 3 May\n" + LONG + "\n\n" + other + "\nPhoto: a caption";
        Paragraphs p = Paragraphs.of(text, HASH);
        int first = text.indexOf(LONG);
        int second = text.indexOf(other);
        assertThat(p.spans()).containsExactly(new Span(first, first + LONG.length()),
                new Span(second, second + other.length()));
        assertThat(p.whole()).isEqualTo(HASH.signature(text));
        assertThat(p.signatures()).containsExactly(HASH.signature(LONG), HASH.signature(other));
    }

    @Test
    void aTextWithoutLongLinesHasNoParagraphs() {
        Paragraphs p = Paragraphs.of("Tehran, 3 May\nShort news.", HASH);
        assertThat(p.spans()).isEmpty();
        assertThat(p.whole()).isEqualTo(HASH.signature("Tehran, 3 May\nShort news."));
    }
}
