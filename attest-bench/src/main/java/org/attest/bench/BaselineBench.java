package org.attest.bench;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.AttestException;
import org.attest.model.Source;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** The CoreNLP CRF NER + gazetteer lookup baseline on the same plain-text articles. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class BaselineBench {
    @State(Scope.Benchmark)
    public static class Texts {
        Corpus corpus;
        CoreNlpBaseline baseline;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            Env env = Env.get();
            corpus = Corpus.articles(env, Corpus.defaultBytes(), Corpus.defaultSeed(), false);
            baseline = CoreNlpBaseline.load(env.gazetteer, env.regions);
        }
    }

    @Benchmark
    public List<CoreNlpBaseline.Place> coreNlp(Texts texts, Meter meter, CpuMeter cpu) {
        Source s = texts.corpus.get(meter.next(texts.corpus.size()));
        List<CoreNlpBaseline.Place> result = texts.baseline.places(new String(s.bytes(), StandardCharsets.UTF_8));
        meter.bytes += s.bytes().length;
        cpu.add(s.bytes().length);
        return result;
    }
}
