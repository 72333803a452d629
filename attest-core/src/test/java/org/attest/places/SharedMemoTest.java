package org.attest.places;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The cross-document memo of index answers: a repeated key is not asked again; a full table still answers right. */
class SharedMemoTest {
    private record Answer(long key, String value) {}

    @Test
    void asksOncePerKeyWhileTheKeysFitTheTable() {
        SharedMemo<Answer> memo = new SharedMemo<>(10, Answer::key);
        AtomicInteger asked = new AtomicInteger();
        for (int round = 0; round < 3; round++) {
            assertThat(memo.get(7L, x -> {
                asked.incrementAndGet();
                return new Answer(x, "seven");
            }).value()).isEqualTo("seven");
        }
        assertThat(asked).hasValue(1);
    }

    @Test
    void answersEveryKeyByItsOwnLookupWhenKeysOutnumberTheSlots() {
        SharedMemo<Answer> memo = new SharedMemo<>(4, Answer::key);
        for (int round = 0; round < 3; round++) {
            for (long k = -200; k < 200; k++) {
                long key = k * 0x9E3779B97F4A7C15L;
                assertThat(memo.get(key, x -> new Answer(x, "v" + x)).value()).isEqualTo("v" + key);
            }
        }
    }

    @Test
    void givesThePlainAnswerOfAFlaggedKeyAndTellsKeysApartByEveryBit() {
        Answer none = new Answer(0, "none");
        SharedMemo<Answer> memo = new SharedMemo<>(4, Answer::key, a -> a.value().startsWith("v") ? 2 : 0,
                f -> f == 0 ? none : null);
        for (int round = 0; round < 3; round++) {
            for (long k = -300; k < 300; k++) {
                long key = (k / 8) * 0x9E3779B97F4A7C15L + (k & 7); // keys that differ only in their low bits too
                boolean named = (k & 3) == 0;
                Answer a = memo.get(key, x -> new Answer(x, named ? "v" + x : "n" + x));
                assertThat(a.value()).isEqualTo(named ? "v" + key : "none");
            }
        }
    }
}
