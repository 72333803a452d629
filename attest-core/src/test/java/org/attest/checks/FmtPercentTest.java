package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whole percentages are written as the formatter writes them, halves and odd values included. */
class FmtPercentTest {
    private static String formatter(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    @Test
    void writesSharesAsTheFormatterDoes() {
        assertThat(Fmt.percent(0.4)).isEqualTo("40%");
        assertThat(Fmt.percent(0.125)).isEqualTo("13%"); // half up
        assertThat(Fmt.percent(-0.0)).isEqualTo(formatter(-0.0));
        Random r = new Random(5);
        for (int k = 0; k < 200_000; k++) {
            double share = switch (k % 4) {
                case 0 -> r.nextDouble() * 3;
                case 1 -> (double) r.nextInt(50) / (1 + r.nextInt(400)); // counts over claims
                case 2 -> (r.nextInt(1000) + 0.5) / 100 + (r.nextInt(3) - 1) * Math.ulp(1.0) * r.nextInt(4);
                default -> -r.nextDouble();
            };
            assertThat(Fmt.percent(share)).as("%s", share).isEqualTo(formatter(share));
        }
        for (double odd : new double[] {Double.NaN, Double.POSITIVE_INFINITY, 1e20, 0.0}) {
            assertThat(Fmt.percent(odd)).isEqualTo(formatter(odd));
        }
    }
}
