package org.attest.bench;

import java.nio.charset.StandardCharsets;
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

/**
 * The ceiling: decode the same bytes the pipeline reads and split them into word tokens
 * (runs of letters and digits), hashing each so the work cannot be optimised away. Nothing
 * that reads every character can be faster than this.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ScanBench {
    @State(Scope.Benchmark)
    public static class Texts {
        Corpus corpus;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            corpus = Corpus.articles(Env.get(), Corpus.defaultBytes(), Corpus.defaultSeed(), false);
        }
    }

    @Benchmark
    public long rawScan(Texts texts, Meter meter, CpuMeter cpu) {
        Source s = texts.corpus.get(meter.next(texts.corpus.size()));
        long result = scan(new String(s.bytes(), StandardCharsets.UTF_8));
        meter.bytes += s.bytes().length;
        cpu.add(s.bytes().length);
        return result;
    }

    /** Number of tokens plus a hash of their characters. */
    static long scan(String text) {
        long h = 0;
        long tokens = 0;
        boolean in = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean word = Character.isLetterOrDigit(c);
            if (word) {
                h = h * 31 + c;
                if (!in) {
                    tokens++;
                }
            }
            in = word;
        }
        return h + tokens;
    }
}
