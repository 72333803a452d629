package org.attest.app.ingest;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.attest.internal.Validate;

/**
 * Applies a function to items on a few threads and hands the results on in the order the items
 * came, on the thread that submits them. At most {@code capacity} items, and at most
 * {@code maxWeight} of their summed weight (one item may pass it alone), are in flight at once:
 * submitting more first waits for the oldest and hands it on. So memory stays bounded, and the
 * consumer (one writer) sees the items in input order.
 *
 * <p>The function must not throw: an item's failure belongs in its result. If it throws anyway,
 * the exception comes out of the call that hands that result on. Not thread-safe: one thread
 * submits, and the consumer runs on it.
 *
 * @param <I> what goes in
 * @param <O> what comes out
 */
final class OrderedWorkers<I, O> implements AutoCloseable {
    private record InFlight<O>(Future<O> result, long weight) {
    }

    private final ExecutorService pool;
    private final int capacity;
    private final long maxWeight;
    private final Function<I, O> work;
    private final ToLongFunction<I> weigher;
    private final Consumer<O> consumer;
    private final Deque<InFlight<O>> inFlight = new ArrayDeque<>();
    private long weight;

    /**
     * @param threads   worker threads, &gt;= 1
     * @param capacity  items in flight at most, &gt;= 1
     * @param maxWeight summed weight of the items in flight at most (one item may exceed it)
     * @param weigher   an item's weight (its size in bytes, say)
     * @param work      what to do with an item, on a worker thread
     * @param consumer  what receives each result, in submission order, on the submitting thread
     */
    OrderedWorkers(int threads, int capacity, long maxWeight, ToLongFunction<I> weigher, Function<I, O> work,
                   Consumer<O> consumer) {
        Validate.isTrue(threads >= 1, "threads must be at least 1: %d", threads);
        Validate.isTrue(capacity >= 1, "capacity must be at least 1: %d", capacity);
        this.pool = Executors.newFixedThreadPool(threads, named());
        this.capacity = capacity;
        this.maxWeight = maxWeight;
        this.weigher = weigher;
        this.work = work;
        this.consumer = consumer;
    }

    /** Daemon threads: a worker must never keep the JVM alive after the command is done. */
    private static ThreadFactory named() {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, "attest-extract-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }

    /** Starts work on an item, first handing on the oldest results while too much is in flight. */
    void submit(I item) {
        long w = weigher.applyAsLong(item);
        while (!inFlight.isEmpty() && (inFlight.size() >= capacity || weight + w > maxWeight)) {
            handOnOldest();
        }
        inFlight.add(new InFlight<>(pool.submit(() -> work.apply(item)), w));
        weight += w;
    }

    /** Hands on the results that are done, oldest first, up to the first that is not. */
    void handOnDone() {
        while (!inFlight.isEmpty() && inFlight.peek().result().isDone()) {
            handOnOldest();
        }
    }

    /** Waits for every item in flight and hands its result on. */
    void finish() {
        while (!inFlight.isEmpty()) {
            handOnOldest();
        }
    }

    /** Items submitted and not yet handed on. */
    int inFlight() {
        return inFlight.size();
    }

    private void handOnOldest() {
        InFlight<O> oldest = inFlight.poll();
        weight -= oldest.weight();
        consumer.accept(await(oldest.result()));
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a worker", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** Stops the workers; items still in flight are abandoned. */
    @Override
    public void close() {
        pool.shutdownNow();
    }
}
