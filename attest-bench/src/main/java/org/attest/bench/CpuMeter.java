package org.attest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Input bytes and the CPU time the benchmark thread spent on them. Their ratio, MB per
 * CPU-second, is what one core does when it has the core to itself: on a machine shared with
 * other work, wall-clock MB/s falls with the load while this stays put (time the thread waits
 * for a CPU is not CPU time). Both counters are aggregated alike by JMH, so only their ratio is
 * used. Reading the thread's CPU clock costs well under a microsecond per document.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuMeter {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    /** Input bytes processed in this iteration. */
    public long cpuBytes;
    /** CPU nanoseconds this thread used in this iteration. */
    public long cpuNanos;

    private long last;

    @Setup(Level.Iteration)
    public void reset() {
        cpuBytes = 0;
        cpuNanos = 0;
        last = THREADS.getCurrentThreadCpuTime();
    }

    /** Counts one document of {@code bytes} bytes, just processed. */
    void add(long bytes) {
        long now = THREADS.getCurrentThreadCpuTime();
        cpuNanos += now - last;
        last = now;
        cpuBytes += bytes;
    }
}
