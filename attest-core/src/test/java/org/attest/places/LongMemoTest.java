package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The per-document memo of index answers: one lookup per distinct key, any number of keys. */
class LongMemoTest {
    @Test
    void asksTheIndexOncePerKeyAndKeepsEveryAnswerWhileGrowing() {
        LongMemo<String> memo = new LongMemo<>();
        AtomicInteger asked = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            for (long k = -500; k < 500; k++) {
                long key = k * 0x9E3779B97F4A7C15L; // spread over all 64 bits, 0 included
                assertThat(memo.get(key, x -> {
                    asked.incrementAndGet();
                    return "v" + x;
                })).isEqualTo("v" + key);
            }
        }
        assertThat(asked).hasValue(1000);
    }

    @Test
    void remembersANullAnswer() {
        LongMemo<int[]> memo = new LongMemo<>();
        AtomicInteger asked = new AtomicInteger();
        for (int i = 0; i < 2; i++) {
            assertThat(memo.get(42L, x -> {
                asked.incrementAndGet();
                return null;
            })).isNull();
        }
        assertThat(asked).hasValue(1);
    }
}
