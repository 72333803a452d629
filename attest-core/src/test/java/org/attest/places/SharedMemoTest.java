package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cross-document memo of index answers: a repeated key is not asked again; a full table still answers right. */
class SharedMemoTest {
    @Test
    void asksOncePerKeyWhileTheKeysFitTheTable() {
        SharedMemo<String> memo = new SharedMemo<>(10);
        AtomicInteger asked = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            assertThat(memo.get(7L, x -> {
                asked.incrementAndGet();
                return "seven";
            })).isEqualTo("seven");
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void answersEveryKeyByItsOwnLookupWhenKeysOutnumberTheSlots() {
        SharedMemo<String> memo = new SharedMemo<>(4);
        for (int round = 0; round < 3; round++) {
            for (long k = -200; k < 200; k++) {
                long key = k * 0x9E3779B97F4A7C15L;
                assertThat(memo.get(key, x -> "v" + x)).isEqualTo("v" + key);
            }
        }
    }
}
