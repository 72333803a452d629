package org.attest.loadbench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.store.Store;

/**
 * {@code attest check} over SQLite stores of n generated documents, as a user runs it: the
 * command line ({@code bin/attest check --db FILE}) in its own process under
 * {@code /usr/bin/time}, which gives its wall time, CPU time and peak resident memory.
 *
 * <p>The stores are filled here through {@link Pipeline#process} and {@link Store#put}, as
 * {@code attest ingest} does, and that time is reported apart. Extraction runs on every core;
 * the puts run on one thread in document order, so the store is the one a sequential ingest
 * makes (same ids). Document {@code i} is the same at every size, so the store of a larger
 * size is a copy of the smaller one with the missing documents added: a run over 10,000,
 * 30,000 and 100,000 documents extracts 100,000 documents, not 140,000. The stores stay in the
 * given directory ({@code checks-<n>.db}); a later run reuses a store that holds n documents
 * and goes on filling one that holds fewer (a fill that was stopped), so the checks can be
 * measured again after a change without filling again.
 */
final class ChecksBench {
    /**
     * One size.
     *
     * @param docs        documents in the store
     * @param wallSeconds wall time of {@code attest check}
     * @param cpuSeconds  user + system CPU time of {@code attest check}
     * @param peakRssMb   its peak resident set size
     * @param liveHeapMb  the most heap in use after one of its full collections ({@link #liveAfterFullGc})
     * @param summary     the first line it printed ("N findings (...)")
     * @param fillSeconds time to extract and store the documents this size added (0 when reused)
     */
    record Result(int docs, double wallSeconds, double cpuSeconds, long peakRssMb, long liveHeapMb, String summary,
                  double fillSeconds) {
    }

    private static final Pattern FULL_GC = Pattern.compile("Pause Full \\([^)]*\\) \\d+M->(\\d+)M\\(\\d+M\\)");
    /** Documents extracted ahead of the put that stores them. */
    private static final int AHEAD = 32;

    private final Pipeline pipeline;
    private final Corpus corpus;
    private final Path attest;
    private final Path dir;

    /**
     * @param attest the command to run ({@code bin/attest} of this tree)
     * @param dir    where the stores are kept ({@code checks-<n>.db})
     */
    ChecksBench(Pipeline pipeline, Corpus corpus, Path attest, Path dir) {
        this.pipeline = pipeline;
        this.corpus = corpus;
        this.attest = attest;
        this.dir = dir;
    }

    /** The sizes in ascending order; each store is filled from the one before. */
    List<Result> run(List<Integer> sizes) throws AttestException, IOException, InterruptedException {
        List<Result> out = new ArrayList<>();
        Path previous = null;
        int previousSize = 0;
        for (int n : sizes.stream().sorted().distinct().toList()) {
            Path db = dir.resolve("checks-" + n + ".db");
            long have = documents(db);
            if (have < previousSize || have > n) {
                Files.deleteIfExists(db);
                if (previous != null) {
                    Files.copy(previous, db, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            double fill = fill(db, n);
            Result r = check(db, n, fill);
            log("checks over %d documents: %.1f s wall, %.1f s CPU, %d MB peak RSS, %d MB live after a full GC; %s", n,
                    r.wallSeconds(), r.cpuSeconds(), r.peakRssMb(), r.liveHeapMb(), r.summary());
            out.add(r);
            previous = db;
            previousSize = n;
        }
        return out;
    }

    /** Documents in the store at {@code db}, or -1 when there is no such file. */
    private static long documents(Path db) throws AttestException {
        if (!Files.exists(db)) {
            return -1;
        }
        try (Store store = Store.open(db.toString())) {
            return store.counts().documents();
        }
    }

    /** Adds documents until the store holds n; returns the seconds it took. */
    private double fill(Path db, int n) throws AttestException, InterruptedException {
        long t0 = System.nanoTime();
        ExecutorService extractors = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try (Store store = Store.open(db.toString())) {
            int from = (int) store.counts().documents();
            Deque<Future<Document>> ahead = new ArrayDeque<>();
            int next = from;
            for (int i = from; i < n; i++) {
                while (next < n && ahead.size() < AHEAD) {
                    int k = next++;
                    ahead.add(extractors.submit(() -> pipeline.process(source(k))));
                }
                store.put(extracted(ahead.remove()), site(i));
                if ((i + 1) % 10_000 == 0) {
                    log("store filled to %d documents (%.0f s)", i + 1, (System.nanoTime() - t0) / 1e9);
                }
            }
        } finally {
            extractors.shutdownNow();
        }
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Document {@code i} as a fetched file of its site. */
    private Source source(int i) {
        return new Source("doc-" + i + ".txt", "https://" + site(i) + "/doc-" + i, corpus.bytes(i), "text/plain");
    }

    /** A few hundred publishers, so that "one publisher counts once" has work to do. */
    private static String site(int i) {
        return "site" + (i % 397) + ".example";
    }

    private static Document extracted(Future<Document> f) throws AttestException, InterruptedException {
        try {
            return f.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof AttestException a) {
                throw a;
            }
            throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
        }
    }

    private Result check(Path db, int n, double fill) throws IOException, InterruptedException {
        Path stdout = dir.resolve("check-" + n + ".out");
        Path times = dir.resolve("check-" + n + ".time");
        Path gcLog = dir.resolve("check-" + n + ".gc");
        ProcessBuilder pb = new ProcessBuilder("/usr/bin/time", "-o", times.toString(), "-f", "%e %U %S %M",
                attest.toString(), "check", "--db", db.toString())
                .redirectOutput(stdout.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
        // the JVM reads this beside the command's own options (bin/attest's heap and collector stay as they are)
        pb.environment().put("JAVA_TOOL_OPTIONS", "-Xlog:gc:file=" + gcLog);
        int code = pb.start().waitFor();
        List<String> out = Files.readAllLines(stdout, StandardCharsets.UTF_8);
        if (code != 0 || out.isEmpty()) {
            throw new IllegalStateException("attest check over " + n + " documents failed with exit code " + code);
        }
        String[] t = Files.readString(times, StandardCharsets.UTF_8).strip().split("\\s+");
        double wall = Double.parseDouble(t[t.length - 4]);
        double cpu = Double.parseDouble(t[t.length - 3]) + Double.parseDouble(t[t.length - 2]);
        long rssMb = Long.parseLong(t[t.length - 1]) >> 10;
        return new Result(n, wall, cpu, rssMb, liveAfterFullGc(gcLog), out.get(0), fill);
    }

    /**
     * The most heap still in use after a full collection, in MB, from a {@code -Xlog:gc} log
     * ("Pause Full (Allocation Failure) 1926M->1390M(3959M)"): what the command kept alive at
     * that moment. The serial collector collects fully when it must grow the heap, which at the
     * end of a run is near its fullest; -1 when it never collected fully.
     */
    static long liveAfterFullGc(Path gcLog) throws IOException {
        Matcher m = FULL_GC.matcher(Files.readString(gcLog, StandardCharsets.UTF_8));
        long peak = -1;
        while (m.find()) {
            peak = Math.max(peak, Long.parseLong(m.group(1)));
        }
        return peak;
    }

    /** Deletes the stores and outputs of a run that kept nothing. */
    static void delete(Path dir) {
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
            Files.delete(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "loadbench: " + format + "%n", args);
    }
}
