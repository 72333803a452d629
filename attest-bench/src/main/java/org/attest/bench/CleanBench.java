package org.attest.bench;

import java.util.concurrent.TimeUnit;
import org.attest.AttestException;
import org.attest.clean.Cleaner;
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

/** The clean stage (decode, HTML extraction or plain-text cleaning, metadata, language). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class CleanBench {
    @State(Scope.Benchmark)
    public static class Pages {
        @Param({"html", "text"})
        public String format;

        Corpus corpus;
        Cleaner cleaner;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            corpus = Corpus.articles(Env.get(), Corpus.defaultBytes(), Corpus.defaultSeed(), format.equals("html"));
            cleaner = Cleaner.withDefaults();
        }
    }

    @Benchmark
    public Document clean(Pages pages, Meter meter, CpuMeter cpu) throws AttestException {
        Source s = pages.corpus.get(meter.next(pages.corpus.size()));
        Document result = pages.cleaner.clean(s);
        meter.bytes += s.bytes().length;
        cpu.add(s.bytes().length);
        return result;
    }
}
