package org.attest.bench;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Per-thread cursor over a corpus and the count of input bytes processed. JMH reports
 * {@code bytes} as a rate next to the primary score (documents per second), summed over
 * threads, so MB/s comes straight out of the run. Each thread starts at its own place in the
 * corpus so two threads do not process the same document at the same moment.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.OPERATIONS)
public class Meter {
    /** Input bytes processed in this iteration. */
    public long bytes;

    private int next;
    private int threadIndex;
    private int threads;

    @Setup(org.openjdk.jmh.annotations.Level.Trial)
    public void place(ThreadParams params) {
        threadIndex = params.getThreadIndex();
        threads = params.getThreadCount();
    }

    @Setup(Level.Iteration)
    public void reset() {
        bytes = 0;
    }

    /** The next document index in {@code [0, size)}, cycling; the first one depends on the thread. */
    int next(int size) {
        if (next == 0 && threadIndex > 0) {
            next = (int) ((long) size * threadIndex / threads);
        }
        int i = next % size;
        next = i + 1;
        return i;
    }
}
