package org.attest.app.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {

    @Test
    void everyResultIsHandedOnOnceInSubmissionOrderWhateverOrderTheWorkersFinishIn() {
        List<Integer> out = new ArrayList<>();
        Set<String> threads = ConcurrentHashMap.newKeySet();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(4, 6, Long.MAX_VALUE, i -> 1, i -> {
            threads.add(Thread.currentThread().getName());
            // later items often finish first: odd ones take longer
            LockSupport.parkNanos(i % 2 == 1 ? 2_000_000 : 100_000);
            return i * 10;
        }, out::add)) {
            for (int i = 0; i < 200; i++) {
                workers.submit(i);
                assertThat(workers.inFlight()).isLessThanOrEqualTo(6);
            }
            workers.finish();
        }

        assertThat(out).isEqualTo(IntStream.range(0, 200).map(i -> i * 10).boxed().toList());
        assertThat(threads).hasSizeGreaterThan(1).allMatch(t -> t.startsWith("attest-extract-"));
    }

    @Test
    void submittingPastTheCapacityHandsTheOldestOnFirst() throws Exception {
        List<String> out = new ArrayList<>();
        CountDownLatch firstDone = new CountDownLatch(1);
        try (OrderedWorkers<String, String> workers = new OrderedWorkers<>(2, 2, Long.MAX_VALUE, s -> 1, s -> {
            firstDone.countDown();
            return s.toUpperCase();
        }, out::add)) {
            workers.submit("a");
            workers.submit("b");
            assertThat(firstDone.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(out).isEmpty();

            workers.submit("c");

            assertThat(out).startsWith("A");
            assertThat(workers.inFlight()).isLessThanOrEqualTo(2);
            workers.finish();
        }
        assertThat(out).containsExactly("A", "B", "C");
    }

    @Test
    void theWeightInFlightIsBoundedButOneHeavyItemStillPasses() {
        List<Integer> out = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(2, 100, 10, i -> i, i -> i, out::add)) {
            workers.submit(4);
            workers.submit(5);
            assertThat(workers.inFlight()).isEqualTo(2);

            workers.submit(6); // 4 + 5 + 6 > 10: the oldest go first

            assertThat(out).startsWith(4, 5);
            assertThat(workers.inFlight()).isEqualTo(1);
            workers.submit(50); // heavier than the bound on its own: it waits for the rest, then goes alone
            assertThat(workers.inFlight()).isEqualTo(1);
            workers.finish();
        }
        assertThat(out).containsExactly(4, 5, 6, 50);
    }

    @Test
    void anExceptionThrownByTheWorkComesOutWhereItsResultWouldBeHandedOn() {
        List<Integer> out = new ArrayList<>();
        try (OrderedWorkers<Integer, Integer> workers = new OrderedWorkers<>(2, 4, Long.MAX_VALUE, i -> 1, i -> {
            if (i == 2) {
                throw new IllegalStateException("bug on 2");
            }
            return i;
        }, out::add)) {
            workers.submit(1);
            workers.submit(2);
            workers.submit(3);

            assertThatThrownBy(workers::finish).isInstanceOf(IllegalStateException.class).hasMessage("bug on 2");
            assertThat(out).containsExactly(1);
        }
    }
}
