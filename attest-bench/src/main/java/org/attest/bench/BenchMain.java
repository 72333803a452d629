package org.attest.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.AttestException;
import org.attest.Stage;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs the whole benchmark suite and prints the markdown table of {@link Report}: a fresh-JVM
 * footprint run, the JMH benchmarks (one fork each), the gold-seed place scores of Attest and
 * the CoreNLP baseline, and the heap probes. Writes JMH logs and records under the output
 * folder ({@code -Dattest.bench.out}, default {@code attest-bench/target/bench}).
 *
 * <p>Arguments: {@code --quick} (10 MB corpus, shorter iterations: a smoke run),
 * {@code --only GROUP,...} with groups footprint, load, scan, clean, stages, pipeline, threads,
 * length, corenlp, gold, heap; {@code --prof NAME} adds a JMH profiler (stack, gc) to every run.
 */
public final class BenchMain {
    private static final List<String> GROUPS = List.of("footprint", "load", "scan", "clean", "stages", "pipeline",
            "threads", "length", "corenlp", "gold", "heap");

    private final boolean quick;
    private final Set<String> only;
    private final String profiler;
    private final Path out;
    private final Results results = new Results();

    private BenchMain(boolean quick, Set<String> only, String profiler, Path out) {
        this.quick = quick;
        this.only = only;
        this.profiler = profiler;
        this.out = out;
    }

    public static void main(String[] args) throws AttestException, RunnerException {
        boolean quick = false;
        Set<String> only = new HashSet<>(GROUPS);
        String prof = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--quick" -> quick = true;
                case "--only" -> only = new HashSet<>(Arrays.asList(args[++i].split(",")));
                case "--prof" -> prof = args[++i];
                default -> {
                    System.err.println("bench: unknown argument " + args[i]
                            + " (use --quick, --only " + String.join(",", GROUPS) + ", --prof stack|gc)");
                    System.exit(2);
                }
            }
        }
        if (quick && System.getProperty("attest.bench.mb") == null) {
            System.setProperty("attest.bench.mb", "10");
        }
        Path out = Path.of(System.getProperty("attest.bench.out", "attest-bench/target/bench")).toAbsolutePath();
        BenchMain m = new BenchMain(quick, only, prof, out);
        String md = m.run();
        System.out.println(md);
        try {
            Files.writeString(out.resolve("results.md"), md, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AttestException(out + ": cannot write results.md (" + e.getMessage() + ")", e);
        }
    }

    private String run() throws AttestException, RunnerException {
        long start = System.nanoTime();
        try {
            Files.createDirectories(out);
        } catch (IOException e) {
            throw new AttestException(out + ": cannot create (" + e.getMessage() + ")", e);
        }
        results.machine = Machine.read();
        results.heapStepMb = 32;
        results.settings = String.format("corpus %d MB, seed %d, JMH: 1 fork, %s", Corpus.defaultBytes() / 1_000_000,
                Corpus.defaultSeed(), quick ? "1 x " + warmupSeconds() + " s warm-up, 2 x 2 s measured"
                        : "3 x " + warmupSeconds() + " s warm-up, 3 x 4 s measured");
        if (only.contains("footprint")) {
            footprint();
        }
        Env env = Env.get();
        for (Stage s : env.pipeline.stages()) {
            results.stages.add(s.name());
        }
        if (only.contains("load")) {
            for (RunResult r : jmh(LoadBench.class, "load", 1, b -> b.warmupIterations(2).measurementIterations(5))) {
                results.warmLoadMs = r.getPrimaryResult().getScore();
                results.warmLoadErrorMs = r.getPrimaryResult().getScoreError();
            }
        }
        if (only.contains("scan")) {
            put("scan/1", jmh(ScanBench.class, "scan", 1, b -> b));
        }
        if (only.contains("clean")) {
            for (RunResult r : jmh(CleanBench.class, "clean", 1, b -> b)) {
                results.measures.put("clean/" + r.getParams().getParam("format"), Measure.of(r));
            }
        }
        if (only.contains("stages")) {
            String[] names = results.stages.toArray(String[]::new);
            for (RunResult r : jmh(StageBench.class, "stages", 1, b -> b.param("stage", names))) {
                results.measures.put("stage/" + r.getParams().getParam("stage"), Measure.of(r));
            }
        }
        if (only.contains("pipeline")) {
            for (RunResult r : jmh(PipelineBench.class, "pipeline", 1, b -> b)) {
                results.measures.put("pipeline/" + r.getParams().getParam("format") + "/1", Measure.of(r));
            }
        }
        if (only.contains("threads")) {
            put("scan/2", jmh(ScanBench.class, "scan-2t", 2, b -> b));
            for (RunResult r : jmh(PipelineBench.class, "pipeline-2t", 2, b -> b.param("format", "text"))) {
                results.measures.put("pipeline/text/2", Measure.of(r));
            }
        }
        if (only.contains("length")) {
            for (RunResult r : jmh(DocLengthBench.class, "length", 1, b -> b)) {
                results.measures.put("length/" + r.getParams().getParam("docBytes"), Measure.of(r));
            }
        }
        if (only.contains("corenlp")) {
            put("corenlp/1", jmh(BaselineBench.class, "corenlp", 1, b -> b));
        }
        if (only.contains("gold")) {
            log("gold: place scores on the seeds (Attest and CoreNLP)");
            results.gold = GoldEval.run(env, out);
        }
        if (only.contains("heap")) {
            for (int t = 1; t <= 2; t++) {
                Integer mb = smallestHeap(t);
                if (mb != null) {
                    results.minHeapMb.put(t, mb);
                }
            }
        }
        results.loadAtEnd = Machine.currentLoad();
        results.elapsedSeconds = (System.nanoTime() - start) / 1_000_000_000L;
        return Report.markdown(results);
    }

    private void put(String key, Collection<RunResult> rs) {
        for (RunResult r : rs) {
            results.measures.put(key, Measure.of(r));
        }
    }

    /**
     * Seconds per warm-up iteration. On 2 cores the C2 compiler takes 40-100 s after a fork starts
     * to compile the pipeline's hot methods (a few hundred rule classes; `-XX:+PrintCompilation`
     * shows DatePass.plan, Geoparser.resolve, DateStage.apply reaching tier 4 only then), and the
     * whole pipeline ran 1.5x faster per CPU-second after 100 s than after 8 s (ProfileLoop, 7 Dec).
     * Measured after a 2 s warm-up, most of it ran as C1 code: a cold start, not the throughput of
     * a long ingest. Every benchmark, the baselines included, gets the same warm-up.
     */
    private int warmupSeconds() {
        return quick ? 40 : 20;
    }

    private interface Tweak {
        ChainedOptionsBuilder apply(ChainedOptionsBuilder b);
    }

    private Collection<RunResult> jmh(Class<?> bench, String label, int threads, Tweak tweak) throws RunnerException {
        log("jmh: " + label + " (" + threads + " thread" + (threads > 1 ? "s" : "") + ")");
        ChainedOptionsBuilder b = new OptionsBuilder()
                .include(Pattern.quote(bench.getName()) + "\\.")
                .forks(1)
                .threads(threads)
                .warmupIterations(quick ? 1 : 3)
                .warmupTime(TimeValue.seconds(warmupSeconds()))
                .measurementIterations(quick ? 2 : 3)
                .measurementTime(TimeValue.seconds(quick ? 2 : 4))
                .shouldDoGC(true)
                .jvmArgs(forkArgs("-Xmx4g").toArray(String[]::new))
                .output(out.resolve("jmh-" + label + ".log").toString());
        if (profiler != null) {
            b = b.addProfiler(profiler);
        }
        return new Runner(tweak.apply(b).build()).run();
    }

    /** JVM options for child JVMs: the heap, and every attest.* system property of this one. */
    private static List<String> forkArgs(String heap) {
        List<String> a = new ArrayList<>();
        a.add(heap);
        for (String k : System.getProperties().stringPropertyNames()) {
            if (k.startsWith("attest.")) {
                a.add("-D" + k + "=" + System.getProperty(k));
            }
        }
        return a;
    }

    private void footprint() throws AttestException {
        log("footprint: cold gazetteer load and retained heap in a fresh JVM");
        String line = java(List.of("-Xmx2g"), Footprint.class.getName(), List.of(), 300).output();
        results.coldLoadMs = number(line, "coldLoadMs");
        results.gazetteerMb = number(line, "gazetteerMb");
        results.pipelineMb = number(line, "pipelineMb");
        results.afterWorkMb = number(line, "afterWorkMb");
        results.gazetteerPlaces = (int) number(line, "places");
    }

    /** Binary search, in steps of 32 MB, for the smallest -Xmx that runs the heap probe. */
    private Integer smallestHeap(int threads) throws AttestException {
        log("heap: smallest -Xmx for " + threads + " thread(s)");
        int step = results.heapStepMb;
        int lo = 0; // in steps: lo fails (or is untested), hi passes
        int hi = 2048 / step;
        if (java(List.of("-Xmx" + hi * step + "m"), HeapProbe.class.getName(), List.of("" + threads), 600).code() != 0) {
            return null;
        }
        while (hi - lo > 1) {
            int mid = (lo + hi) / 2;
            Run r = java(List.of("-Xmx" + mid * step + "m", "-XX:+UseSerialGC"), HeapProbe.class.getName(),
                    List.of("" + threads), 180);
            if (r.code() == 0) {
                hi = mid;
            } else {
                lo = mid;
            }
        }
        return hi * step;
    }

    private record Run(int code, String output) {}

    private static Run java(List<String> jvm, String main, List<String> args, int timeoutSeconds)
            throws AttestException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvm);
        cmd.addAll(forkArgs("-Xss1m"));
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(main);
        cmd.addAll(args);
        try {
            Path log = Files.createTempFile("attest-bench", ".out");
            try {
                Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
                boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
                if (!done) {
                    p.destroyForcibly().waitFor();
                }
                String output = Files.readString(log, StandardCharsets.UTF_8);
                return new Run(done ? p.exitValue() : -1, output);
            } finally {
                Files.deleteIfExists(log);
            }
        } catch (IOException e) {
            throw new AttestException(main + ": cannot start a JVM (" + e.getMessage() + ")", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AttestException(main + ": interrupted", e);
        }
    }

    private static double number(String text, String key) {
        Matcher m = Pattern.compile(key + "=([0-9.]+)").matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static void log(String what) {
        System.err.printf("[bench %tT] %s%n", System.currentTimeMillis(), what);
    }
}
