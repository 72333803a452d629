package org.attest.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link LowerCase} finds what lower-casing the text before each offset found, "İ" and all. */
class LowerCaseTest {
    private static final String[] PIECES = {"İ", " opened the ", "Opened The ", "a", "B", " ", "ı", "\n"};
    private static final String OPENER = " opened the ";

    @Test
    void searchBackAgreesWithLowerCasingTheHead() {
        Random random = new Random(7);
        for (int round = 0; round < 300; round++) {
            StringBuilder b = new StringBuilder();
            for (int k = random.nextInt(40); k > 0; k--) {
                b.append(PIECES[random.nextInt(PIECES.length)]);
            }
            String text = b.toString();
            LowerCase lower = new LowerCase(text);
            for (int at = 0; at <= text.length(); at++) {
                String head = text.substring(0, at).toLowerCase(Locale.ROOT);
                assertThat(lower.offsetOf(at)).isEqualTo(head.length());
                for (int from = 0; from <= at; from += 3) {
                    int was = head.lastIndexOf(OPENER);
                    int expected = was >= from ? was : -1;
                    assertThat(lower.lastIndexOf(OPENER, lower.offsetOf(at), from)).as("%s at %d from %d", text, at, from)
                            .isEqualTo(expected);
                }
            }
        }
    }
}
