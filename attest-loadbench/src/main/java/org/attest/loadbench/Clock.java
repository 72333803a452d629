package org.attest.loadbench;

import java.lang.management.ManagementFactory;

/**
 * Wall time and this JVM's CPU time (every thread, native code included) since a start. The
 * machine is shared, so wall time alone says more about the neighbours' load than about Attest;
 * CPU time does not count the time spent waiting for a core. A PostgreSQL server's own CPU time
 * is in another process and is not counted.
 */
record Clock(long wallStart, long cpuStart) {
    /** What a phase took. */
    record Split(long wallNanos, long cpuNanos) {
    }

    static Clock start() {
        return new Clock(System.nanoTime(), cpuNanos());
    }

    Split split() {
        return new Split(System.nanoTime() - wallStart, cpuNanos() - cpuStart);
    }

    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }
}
