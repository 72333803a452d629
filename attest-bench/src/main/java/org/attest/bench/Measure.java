package org.attest.bench;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;

/**
 * One throughput measurement: MB (10^6 bytes) of input per second with its 99.9% error
 * margin as JMH reports it, and documents per second.
 */
public record Measure(double mbPerSec, double mbError, double docsPerSec) {
    static Measure of(RunResult r) {
        Result<?> bytes = r.getSecondaryResults().get("bytes");
        double err = bytes.getScoreError();
        return new Measure(bytes.getScore() / 1e6, Double.isNaN(err) ? 0 : err / 1e6, r.getPrimaryResult().getScore());
    }

    /** Average document size in KB (10^3 bytes). */
    public double kbPerDoc() {
        return docsPerSec == 0 ? 0 : mbPerSec * 1000 / docsPerSec;
    }
}
