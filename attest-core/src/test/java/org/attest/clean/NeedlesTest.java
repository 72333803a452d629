package org.attest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The one-pass needle search answers as lower-casing the line and searching it for each needle does. */
class NeedlesTest {
    private static final List<String> NEEDLES = List.of("follow us", "fo", "min read", "k", "is part of", "ss");

    private static long expected(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        long bits = 0;
        for (int k = 0; k < NEEDLES.size(); k++) {
            if (lower.contains(NEEDLES.get(k))) {
                bits |= 1L << k;
            }
        }
        return bits;
    }

    @Test
    void findsEachNeedleWhateverItsCase() {
        Needles n = new Needles(NEEDLES);
        assertThat(n.in("Please FOLLOW Us on the wire")).isEqualTo(0b11L);
        assertThat(n.in("A 4 MIN READ")).isEqualTo(0b100L);
        assertThat(n.in("nothing here")).isZero();
        assertThat(n.in("ending in f")).isZero(); // a needle's first letter at the very end
    }

    @Test
    void agreesWithLowerCasingOnLettersThatChangeLengthOrScript() {
        Needles n = new Needles(NEEDLES);
        for (String line : List.of("\u0130S PART OF the series", "This \u0130s part of it", "5 \u212Am away",
                "STRASSE and \u00DF", "\u03A3\u039F\u03A3 follow US", "\uD801\uDC00 Follow us \uD801\uDC00", "")) {
            assertThat(n.in(line)).as(line).isEqualTo(expected(line));
        }
    }
}
