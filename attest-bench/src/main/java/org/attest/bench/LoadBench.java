package org.attest.bench;

import java.util.concurrent.TimeUnit;
import org.attest.AttestException;
import org.attest.gazetteer.Gazetteer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Loading the gazetteer from its compiled cache, one load per iteration (warm JVM). */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBench {
    @Benchmark
    public Gazetteer load() throws AttestException {
        return Env.loadGazetteer();
    }
}
