package org.attest.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BucketTableTest {
    @Test
    void theFirstIdUnderAKeyStaysAndLaterOnesAreTold() {
        BucketTable t = new BucketTable();
        assertThat(t.putIfAbsent(42, 0)).isEqualTo(-1);
        assertThat(t.putIfAbsent(42, 7)).isZero();
        assertThat(t.putIfAbsent(-42, 8)).isEqualTo(-1);
        assertThat(t.putIfAbsent(42, 9)).isZero();
        assertThat(t.putIfAbsent(-42, 10)).isEqualTo(8);
    }

    @Test
    void keepsEveryKeyThroughManyGrowths() {
        // keys drawn from a small range, so that many repeat, and low bits that collide
        BucketTable t = new BucketTable();
        Map<Integer, Integer> expected = new HashMap<>();
        SplittableRandom r = new SplittableRandom(11);
        for (int id = 0; id < 200_000; id++) {
            int key = r.nextInt(50_000) << 8;
            Integer first = expected.putIfAbsent(key, id);
            assertThat(t.putIfAbsent(key, id)).isEqualTo(first == null ? -1 : first);
        }
    }
}
