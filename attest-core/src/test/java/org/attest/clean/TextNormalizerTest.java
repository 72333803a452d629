package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    @Test
    void unifiesLineBreaksAndCollapsesSpaces() {
        assertThat(TextNormalizer.normalize("  One\u00a0 two\t three  \r\nfour\rfive  "))
                .isEqualTo("One two three\nfour\nfive");
    }

    @Test
    void keepsAtMostOneBlankLine() {
        assertThat(TextNormalizer.normalize("\n\nA\n \n\n  \nB\n\n\n")).isEqualTo("A\n\nB");
    }

    @Test
    void mapsPersianAndArabicIndicDigits() {
        assertThat(TextNormalizer.normalize("\u06f1\u06f4\u06f0\u06f2 and \u0661\u0669\u0668\u0668"))
                .isEqualTo("1402 and 1988");
    }

    @Test
    void removesZeroWidthButKeepsZwnjInsidePersianWords() {
        String persian = "\u0645\u06cc\u200c\u0631\u0648\u0646\u062f"; // a verb written with ZWNJ
        assertThat(TextNormalizer.normalize(persian)).isEqualTo(persian);
        assertThat(TextNormalizer.normalize("ab\u200bc\u200c d\ufeffe\u00ad\u200ef"))
                .isEqualTo("abc def");
    }

    @Test
    void composesToNfc() {
        assertThat(TextNormalizer.normalize("Cafe\u0301")).isEqualTo("Caf\u00e9");
    }

    @Test
    void isAFixedPoint() {
        String once = TextNormalizer.normalize(" x\u2003y \n\n\n z\u2028w ");
        assertThat(TextNormalizer.normalize(once)).isEqualTo(once);
        assertThat(once).isEqualTo("x y\n\nz\nw");
    }

    @Test
    void laysOutAsAfterNfcWhenMarksStandAtLineEdges() {
        // the laid-out text is checked for NFC before the mapped one: spaces and line breaks that
        // layout drops next to combining marks must not change what NFC makes of the text
        for (String in : new String[] {" \u0301abc", "e \n \u0301x", "Cafe\u0301 \n\n\n x", "a\u0316 \u0301",
                "\u1100 \u1161", "e\u0301\u0316 x", "  \n\u0301\n"}) {
            String expected = TextNormalizer.layout(TextNormalizer.mapCharacters(in));
            assertThat(TextNormalizer.normalize(in)).as(in).isEqualTo(expected);
        }
    }
}
