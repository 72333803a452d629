package org.attest.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.AttestException;
import org.attest.Stage;
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

/**
 * One pipeline stage on its own, fed the documents as the stages before it left them (cleaned
 * text articles). Throughput counts the bytes (UTF-8) of the cleaned text. The stage names
 * are those of {@code Pipeline.standard}; the runner passes the current list, so a stage added
 * later (checks) is measured without editing this class.
 *
 * <p>Preparing the input runs every earlier stage, so only the first {@code attest.bench.stageMb}
 * MB of the corpus (default 8, about 1,300 articles) are prepared; the benchmark cycles over them.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class StageBench {
    @State(Scope.Benchmark)
    public static class Inputs {
        @Param({"segment", "places", "dates", "quantities", "events"})
        public String stage;

        Stage target;
        List<Document> docs;
        int[] bytes;

        @Setup(Level.Trial)
        public void build() throws AttestException {
            Env env = Env.get();
            List<Stage> before = new ArrayList<>();
            for (Stage s : env.pipeline.stages()) {
                if (s.name().equals(stage)) {
                    target = s;
                    break;
                }
                before.add(s);
            }
            if (target == null) {
                throw new IllegalArgumentException("no stage named " + stage + " in the standard pipeline");
            }
            Corpus corpus = Corpus.articles(env, Corpus.defaultBytes(), Corpus.defaultSeed(), false);
            Cleaner cleaner = Cleaner.withDefaults();
            docs = new ArrayList<>(corpus.size());
            bytes = new int[corpus.size()]; // only the prepared prefix is used
            long cap = Long.getLong("attest.bench.stageMb", 8) * 1_000_000L;
            long prepared = 0;
            for (Source src : corpus.sources()) {
                if (prepared >= cap) {
                    break;
                }
                prepared += src.bytes().length;
                Document d = cleaner.clean(src);
                for (Stage s : before) {
                    d = s.apply(d);
                }
                bytes[docs.size()] = d.text().getBytes(StandardCharsets.UTF_8).length;
                docs.add(d);
            }
        }
    }

    @Benchmark
    public Document stage(Inputs in, Meter meter, CpuMeter cpu) {
        int i = meter.next(in.docs.size());
        Document result;
        try {
            result = in.target.apply(in.docs.get(i));
        } catch (RuntimeException e) {
            // as Pipeline.run does: a stage that throws costs its time and the document goes on
            result = in.docs.get(i);
        }
        meter.bytes += in.bytes[i];
        cpu.add(in.bytes[i]);
        return result;
    }
}
