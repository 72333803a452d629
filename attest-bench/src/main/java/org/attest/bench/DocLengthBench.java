package org.attest.bench;

import java.util.concurrent.TimeUnit;
import org.attest.AttestException;
import org.attest.model.Document;
import org.attest.model.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole pipeline on plain-text documents of one size (1 KB to 1 MB), 8 MB of them per
 * size. Constant MB/s across sizes means the cost is linear in the document's length.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class DocLengthBench {
    @State(Scope.Benchmark)
    public static class Docs {
        @Param({"1000", "10000", "100000", "1000000"})
        public int docBytes;

        Corpus corpus;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            corpus = Corpus.sized(Env.get(), docBytes, 8_000_000L, Corpus.defaultSeed() + docBytes);
        }
    }

    @Benchmark
    public Document pipeline(Docs docs, Meter meter, CpuMeter cpu) throws AttestException {
        Source s = docs.corpus.get(meter.next(docs.corpus.size()));
        Document result = Env.get().pipeline.process(s);
        meter.bytes += s.bytes().length;
        cpu.add(s.bytes().length);
        return result;
    }
}
