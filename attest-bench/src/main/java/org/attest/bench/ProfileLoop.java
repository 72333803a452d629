package org.attest.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.Stage;
import org.attest.clean.Cleaner;
import org.attest.ingest.MediaTypes;
import org.attest.model.Document;
import org.attest.model.Source;

/**
 * Runs the whole pipeline over the synthetic corpus in a loop and prints MB per CPU-second of
 * the loop's thread, so a profiler (JFR: {@code -XX:StartFlightRecording}) can watch a steady
 * state without JMH's forks. Budgets are in CPU time of this thread, not wall time, so a loaded
 * machine stretches the run instead of cutting the warm-up short. Not a benchmark of record:
 * {@code bin/bench} is.
 *
 * <p>Arguments: measured CPU-seconds (default 30), {@code html} or {@code text} (default text),
 * warm-up CPU-seconds (default 15), and {@code stages} to time each stage apart (the cleaner,
 * then the stages of {@code Pipeline.standard} run as {@code Pipeline.run} runs them, with the
 * thread's CPU clock read around each: about a microsecond per stage and document, under 1% of
 * the work), printing MB of input per CPU-s of each stage next to the whole.
 */
public final class ProfileLoop {
    private ProfileLoop() {}

    public static void main(String[] args) throws AttestException {
        double measured = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        boolean html = args.length > 1 && args[1].equals("html");
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        boolean byStage = args.length > 3 && args[3].equals("stages");
        Env env = Env.get();
        Corpus corpus = fixedOrBuilt(env, html);
        if (byStage) {
            byStage(env, corpus, measured, warmup);
            return;
        }
        int next = (int) run(env, corpus, 0, warmup)[0];
        long[] done = run(env, corpus, next, measured);
        double cpuSeconds = done[2] / 1e9;
        System.out.printf("%d documents, %.1f MB, %.1f CPU-s, %.2f MB per CPU-s%n",
                done[0] - next, done[1] / 1e6, cpuSeconds, done[1] / 1e6 / cpuSeconds);
    }

    /**
     * The corpus to loop over. The corpus is built with the build's own pipeline (it swaps the
     * towns the geoparser finds in the seeds), so two builds whose geoparsers differ build
     * different corpora: to compare builds, pass {@code -Dattest.bench.corpus=DIR}. The first run
     * writes the corpus there, later runs (of any build) read the same files back. With
     * {@code -Dattest.bench.docbytes=N} the corpus is 3 MB of plain-text documents of about N bytes
     * each ({@link Corpus#sized}, as {@code DocLengthBench} builds them), to time the stages of a
     * build on long documents.
     */
    static Corpus fixedOrBuilt(Env env, boolean html) throws AttestException {
        String dir = System.getProperty("attest.bench.corpus");
        if (dir == null) {
            return built(env, html);
        }
        Path root = Path.of(dir);
        try {
            if (Files.isDirectory(root)) {
                List<Source> sources = new ArrayList<>();
                try (Stream<Path> files = Files.list(root)) {
                    for (Path f : files.sorted().toList()) {
                        String name = f.getFileName().toString();
                        sources.add(new Source(name, "bench:" + name, Files.readAllBytes(f),
                                name.endsWith(".html") ? MediaTypes.HTML : MediaTypes.PLAIN));
                    }
                }
                return new Corpus(sources, sources.stream().mapToLong(x -> x.bytes().length).sum());
            }
            Corpus built = built(env, html);
            Files.createDirectories(root);
            for (int i = 0; i < built.size(); i++) {
                Files.write(root.resolve(built.get(i).name()), built.get(i).bytes());
            }
            return built;
        } catch (IOException e) {
            throw new AttestException(dir + ": cannot read or write the corpus (" + e.getMessage() + ")", e);
        }
    }

    /** Articles, or documents of {@code attest.bench.docbytes} bytes when that is set. */
    private static Corpus built(Env env, boolean html) throws AttestException {
        Integer docBytes = Integer.getInteger("attest.bench.docbytes");
        return docBytes == null ? Corpus.articles(env, 20L << 20, Corpus.defaultSeed(), html)
                : Corpus.sized(env, docBytes, 3_000_000L, Corpus.defaultSeed() + docBytes);
    }

    /** Runs documents from index {@code first} on until the budget: {next index, bytes, CPU ns}. */
    private static long[] run(Env env, Corpus corpus, int first, double cpuSeconds) throws AttestException {
        var threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long budget = (long) (cpuSeconds * 1e9);
        long bytes = 0;
        int i = first;
        long used = 0;
        while (used < budget) {
            Source s = corpus.get(i++ % corpus.size());
            env.pipeline.process(s);
            bytes += s.bytes().length;
            used = threads.getCurrentThreadCpuTime() - cpu0;
        }
        return new long[] {i, bytes, used};
    }

    /** As {@link #run} for warm-up and measure, timing the cleaner and each stage apart. */
    private static void byStage(Env env, Corpus corpus, double measured, double warmup) {
        List<Stage> stages = env.pipeline.stages();
        Cleaner cleaner = Cleaner.withDefaults();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long[] cpu = new long[stages.size() + 1];
        int i = 0;
        long bytes = 0;
        boolean measuring = false;
        long budget = (long) (warmup * 1e9);
        long start = threads.getCurrentThreadCpuTime();
        while (true) {
            long now = threads.getCurrentThreadCpuTime();
            if (now - start >= budget) {
                if (measuring) {
                    break;
                }
                measuring = true;
                Arrays.fill(cpu, 0);
                bytes = 0;
                budget = (long) (measured * 1e9);
                start = now;
            }
            Source s = corpus.get(i++ % corpus.size());
            long t0 = threads.getCurrentThreadCpuTime();
            Document d;
            try {
                d = cleaner.clean(s);
            } catch (AttestException e) {
                continue;
            }
            long t1 = threads.getCurrentThreadCpuTime();
            cpu[0] += t1 - t0;
            for (int k = 0; k < stages.size(); k++) {
                try {
                    d = stages.get(k).apply(d);
                } catch (RuntimeException | StackOverflowError e) {
                    // as Pipeline.run: the document goes on with what it had
                }
                long t2 = threads.getCurrentThreadCpuTime();
                cpu[k + 1] += t2 - t1;
                t1 = t2;
            }
            bytes += s.bytes().length;
        }
        long total = Arrays.stream(cpu).sum();
        for (int k = 0; k < cpu.length; k++) {
            System.out.printf("%-11s %8.2f MB per CPU-s  %5.1f%%%n", k == 0 ? "clean" : stages.get(k - 1).name(),
                    bytes / 1e6 / (cpu[k] / 1e9), 100.0 * cpu[k] / total);
        }
        System.out.printf("%-11s %8.2f MB per CPU-s (%.1f MB, %.1f CPU-s in stages)%n", "all",
                bytes / 1e6 / (total / 1e9), bytes / 1e6, total / 1e9);
    }
}
