package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.attest.gazetteer.NameKeys;
import org.junit.jupiter.api.Test;

class SpellingDistanceTest {
    @Test
    void oneSlipIsOneEdit() {
        assertThat(within("villepinte", "villepint", 2)).isEqualTo(1);
        assertThat(within("birjand", "birjan", 1)).isEqualTo(1);
        assertThat(within("tehran", "tehran", 2)).isZero();
    }

    @Test
    void farApartIsMaxPlusOne() {
        assertThat(within("isfahan", "mashhad", 2)).isEqualTo(3);
        assertThat(within("abc", "abcdef", 2)).isEqualTo(3);
    }

    /** The banded table must agree with the whole table wherever the distance is within the bound. */
    @Test
    void agreesWithNameKeys() {
        Random r = new Random(7);
        for (int k = 0; k < 20_000; k++) {
            String a = word(r);
            String b = r.nextBoolean() ? word(r) : slips(a, r);
            int max = r.nextInt(3);
            int whole = NameKeys.boundedDistance(a, b, max);
            assertThat(within(a, b, max)).as(a + " / " + b + " within " + max).isEqualTo(whole <= max ? whole : max + 1);
        }
    }

    /** The bit-parallel distance must give the banded table's answer, for queries of every length it takes. */
    @Test
    void bitsAgreeWithTheTable() {
        Random r = new Random(11);
        for (int k = 0; k < 40_000; k++) {
            String a = word(r, 1 + r.nextInt(SpellingDistance.BITS + 3));
            String b = r.nextBoolean() ? word(r, a.length() - 2 + r.nextInt(5)) : slips(a, r);
            if (b.length() > SpellingDistance.BITS) {
                continue;
            }
            int max = r.nextInt(3);
            assertThat(withinBits(a, b, max)).as(a + " / " + b + " within " + max).isEqualTo(within(a, b, max));
        }
        assertThat(withinBits("villepinte", "villepint", 2)).isEqualTo(1);
        assertThat(withinBits("isfahan", "mashhad", 2)).isEqualTo(3);
        assertThat(withinBits("abc", "", 2)).isEqualTo(3);
        assertThat(withinBits("ab", "", 2)).isEqualTo(2);
    }

    private static int withinBits(String row, String query, int max) {
        byte[] bytes = ("xyz" + row).getBytes(StandardCharsets.ISO_8859_1);
        return SpellingDistance.withinBits(bytes, 3, row.length(), SpellingDistance.masks(query.toCharArray()),
                query.length(), max);
    }

    private static String word(Random r, int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(4)));
        }
        return b.toString();
    }

    /** The row as a bucket stores it, after another row's bytes. */
    private static int within(String row, String query, int max) {
        byte[] bytes = ("xyz" + row).getBytes(StandardCharsets.ISO_8859_1);
        int[] above = new int[query.length() + 1];
        int[] below = new int[query.length() + 1];
        return SpellingDistance.within(bytes, 3, row.length(), query.toCharArray(), max, above, below);
    }

    private static String word(Random r) {
        StringBuilder b = new StringBuilder();
        int n = r.nextInt(10);
        for (int i = 0; i < n; i++) {
            b.append((char) ('a' + r.nextInt(4))); // a small alphabet: many near misses
        }
        return b.toString();
    }

    private static String slips(String a, Random r) {
        StringBuilder b = new StringBuilder(a);
        for (int s = r.nextInt(4); s > 0; s--) {
            int at = b.length() == 0 ? 0 : r.nextInt(b.length());
            switch (b.length() == 0 ? 0 : r.nextInt(3)) {
                case 0 -> b.insert(at, (char) ('a' + r.nextInt(4)));
                case 1 -> b.deleteCharAt(at);
                default -> b.setCharAt(at, (char) ('a' + r.nextInt(4)));
            }
        }
        return b.toString();
    }
}
