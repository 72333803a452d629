package org.attest.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One throughput measurement: MB (10^6 bytes) of input per wall-clock second with its 99.9%
 * error margin as JMH reports it, documents per second, and MB per CPU-second of the
 * benchmark threads (see {@link CpuMeter}), the figure that does not fall when other processes
 * share the machine.
 */
public record Measure(double mbPerSec, double mbError, double docsPerSec, double mbPerCpuSec) {
    static Measure of(RunResult r) {
        Result<?> bytes = r.getSecondaryResults().get("bytes");
        Result<?> cpuBytes = r.getSecondaryResults().get("cpuBytes");
        Result<?> cpuNanos = r.getSecondaryResults().get("cpuNanos");
        double err = bytes.getScoreError();
        double perCpu = cpuBytes == null || cpuNanos == null || cpuNanos.getScore() == 0 ? Double.NaN
                : cpuBytes.getScore() / cpuNanos.getScore() * 1e9 / 1e6;
        return new Measure(bytes.getScore() / 1e6, Double.isNaN(err) ? 0 : err / 1e6, r.getPrimaryResult().getScore(),
                perCpu);
    }

    /** Average document size in KB (10^3 bytes). */
    public double kbPerDoc() {
        return docsPerSec == 0 ? 0 : mbPerSec * 1000 / docsPerSec;
    }
}
