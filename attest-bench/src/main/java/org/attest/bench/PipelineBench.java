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
 * The whole extraction, from raw bytes to a finished document: clean, segment, places,
 * dates, quantities, events (and whatever else {@code Pipeline.standard} runs). Bytes counted
 * are the input's (the whole HTML page for {@code html}).
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class PipelineBench {
    @State(Scope.Benchmark)
    public static class Pages {
        @Param({"text", "html"})
        public String format;

        Corpus corpus;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            corpus = Corpus.articles(Env.get(), Corpus.defaultBytes(), Corpus.defaultSeed(), format.equals("html"));
        }
    }

    @Benchmark
    public Document pipeline(Pages pages, Meter meter, CpuMeter cpu) throws AttestException {
        Source s = pages.corpus.get(meter.next(pages.corpus.size()));
        Document result = Env.get().pipeline.process(s);
        meter.bytes += s.bytes().length;
        cpu.add(s.bytes().length);
        return result;
    }
}
