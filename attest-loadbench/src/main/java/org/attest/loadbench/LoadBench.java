package org.attest.loadbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.model.Document;
import org.attest.model.PlaceMention;

/**
 * {@code bin/loadbench}: ingest, API and checks figures against a fresh SQLite file and a fresh
 * PostgreSQL database, printed as Markdown tables. Options (all optional):
 * {@code --docs N} (3000) {@code --warmup N} (500) {@code --events N} (1000000)
 * {@code --wrk-seconds N} (20) {@code --checks 1000,3000,10000}
 * {@code --only ingest,api,checks} {@code --pg HOST:PORT} (127.0.0.1:5432)
 * {@code --seeds DIR} (/work/shared/corpus/seeds) {@code --examples DIR} (examples)
 * {@code --checks-dir DIR} (keep the checks' stores there and reuse them; default: a temporary
 * directory, deleted) {@code --attest PATH} (the command the checks run, bin/attest).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws AttestException, SQLException, IOException, InterruptedException {
        int docs = 3000;
        int warmup = 500;
        long events = 1_000_000;
        int wrkSeconds = 20;
        List<Integer> checkSizes = List.of(1_000, 3_000, 10_000);
        Set<String> only = Set.of("ingest", "api", "checks");
        String pg = "127.0.0.1:5432";
        Path seeds = Path.of("/work/shared/corpus/seeds");
        Path examples = Path.of("examples");
        Path checksDir = null;
        Path attest = Path.of("bin/attest");
        for (int i = 0; i < args.length; i += 2) {
            String v = i + 1 < args.length ? args[i + 1] : "";
            switch (args[i]) {
                case "--docs" -> docs = Integer.parseInt(v);
                case "--warmup" -> warmup = Integer.parseInt(v);
                case "--events" -> events = Long.parseLong(v);
                case "--wrk-seconds" -> wrkSeconds = Integer.parseInt(v);
                case "--checks" -> checkSizes = Stream.of(v.split(",")).map(String::trim).map(Integer::valueOf).toList();
                case "--only" -> only = Set.of(v.split(","));
                case "--pg" -> pg = v;
                case "--seeds" -> seeds = Path.of(v);
                case "--examples" -> examples = Path.of(v);
                case "--checks-dir" -> checksDir = Path.of(v);
                case "--attest" -> attest = Path.of(v);
                default -> {
                    System.err.println("loadbench: unknown option " + args[i]);
                    System.exit(2);
                }
            }
        }
        long t = System.nanoTime();
        Pipeline pipeline = Pipelines.standard();
        Corpus corpus = Corpus.from(List.of(seeds, examples), placeNames(pipeline, List.of(seeds, examples)));
        log("pipeline and corpus ready (%d paragraphs) in %.1f s", corpus.paragraphCount(), (System.nanoTime() - t) / 1e9);

        List<Document> processed = new ArrayList<>();
        if (only.contains("ingest") || only.contains("api")) {
            Path dir = Files.createTempDirectory("attest-loadbench-files-");
            List<Path> warm = IngestBench.write(corpus, dir, 0, warmup);
            List<Path> files = IngestBench.write(corpus, dir, warmup, docs);
            IngestBench bench = new IngestBench(pipeline);
            processed = bench.extract(files).documents(); // for put-only and the API fill
            List<IngestBench.Result> results = new ArrayList<>();
            for (Target target : List.of(Target.sqlite("ingest"), Target.postgres(pg))) {
                try {
                    results.add(bench.run(target, warm, files, processed));
                    log("ingest %s done", target.label());
                } finally {
                    target.drop();
                }
            }
            // the pipeline alone, once the JIT has seen every run above
            IngestBench.Extraction extraction = bench.extract(files.subList(0, Math.min(files.size(), 1000)));
            log("pipeline alone, one thread: %.2f ms/doc (%.2f ms CPU)", extraction.wallMsPerDoc(), extraction.cpuMsPerDoc());
            for (Path f : warm) {
                Files.delete(f);
            }
            for (Path f : files) {
                Files.delete(f);
            }
            Files.delete(dir);
            if (only.contains("ingest")) {
                System.out.printf("%n### Ingest (%d generated documents of 2-5 KB, after %d warm-up documents)%n%n", docs, warmup);
                System.out.printf(Locale.ROOT, "Documents per second of wall time (per CPU-second of the benchmark JVM). "
                        + "The pipeline alone, on one thread: %.2f ms/doc (%.2f ms CPU).%n%n",
                        extraction.wallMsPerDoc(), extraction.cpuMsPerDoc());
                System.out.println("| store | end to end (read + extraction + store), docs/s | put only, batched, docs/s | put only, a transaction each, docs/s | unchanged skipped, docs/s | events stored |");
                System.out.println("|---|---:|---:|---:|---:|---:|");
                for (IngestBench.Result r : results) {
                    System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %d |%n", r.store(), r.full(),
                            r.putBatched(), r.putEach(), r.skip(), r.events());
                }
            }
        }
        if (only.contains("api")) {
            List<ApiBench.Load> loads = new ArrayList<>();
            List<ApiBench.Cold> colds = new ArrayList<>();
            List<ApiBench.Warm> warms = new ArrayList<>();
            List<String> plans = new ArrayList<>();
            List<String> mixes = new ArrayList<>();
            for (Target target : List.of(Target.sqlite("api"), Target.postgres(pg))) {
                try {
                    long t0 = System.nanoTime();
                    long n = ApiBench.fill(target, processed, events);
                    log("%s filled with %d events in %.0f s", target.label(), n, (System.nanoTime() - t0) / 1e9);
                    ApiMix mix = ApiMix.of(target);
                    if (mixes.isEmpty()) {
                        mix.events().forEach(f -> mixes.add("`" + ApiMix.eventsPath(f) + "`"));
                        mix.stats().forEach(q -> mixes.add("`" + ApiMix.statsPath(q) + "`"));
                    }
                    String label = target.label() + " (" + n + " events)";
                    plans.add("#### " + label + ": events page query plans");
                    plans.addAll(ApiBench.plans(target, mix));
                    for (Object r : ApiBench.load(target, label, wrkSeconds, mix)) {
                        if (r instanceof ApiBench.Load l) {
                            loads.add(l);
                        } else if (r instanceof ApiBench.Warm w) {
                            warms.add(w);
                        } else {
                            colds.add((ApiBench.Cold) r);
                        }
                    }
                } finally {
                    target.drop();
                }
            }
            System.out.printf("%n### API under wrk (-t2 -c16, %d s each, loopback, rotating filtered URLs)%n%n", wrkSeconds);
            System.out.println("| store | requests | requests/s | p50 | p99 | errors | server CPU ms/request |");
            System.out.println("|---|---|---:|---:|---:|---:|---:|");
            for (ApiBench.Load l : loads) {
                System.out.printf(Locale.ROOT, "| %s | %s | %.0f | %s | %s | %d | %.2f |%n", l.store(), l.endpoint(),
                        l.requestsPerSec(), l.p50(), l.p99(), l.errors(), l.serverCpuMsPerRequest());
            }
            System.out.printf("%n### First request of each URL after the store was opened (nothing cached)%n%n");
            System.out.println("| store | endpoint | URLs | median ms | max ms |");
            System.out.println("|---|---|---:|---:|---:|");
            for (ApiBench.Cold c : colds) {
                System.out.printf(Locale.ROOT, "| %s | %s | %d | %.0f | %.0f |%n", c.store(), c.endpoint(), c.urls(),
                        c.medianMs(), c.maxMs());
            }
            System.out.printf("%n### Each events URL alone on the warm server, response cache off (median of 5, ms)%n%n");
            if (!warms.isEmpty()) {
                System.out.println("| URL | " + String.join(" | ", warms.stream().map(ApiBench.Warm::store).toList()) + " |");
                System.out.println("|---" + "|---:".repeat(warms.size()) + "|");
                for (int i = 0; i < warms.get(0).paths().size(); i++) {
                    StringBuilder row = new StringBuilder("| `" + warms.get(0).paths().get(i) + "`");
                    for (ApiBench.Warm w : warms) {
                        row.append(String.format(Locale.ROOT, " | %.1f", w.medianMs()[i]));
                    }
                    System.out.println(row + " |");
                }
            }
            System.out.printf("%n### The URLs%n%n");
            mixes.forEach(m -> System.out.println("- " + m));
            System.out.println();
            plans.forEach(System.out::println);
        }
        if (only.contains("checks")) {
            Path dir = checksDir != null ? Files.createDirectories(checksDir) : Files.createTempDirectory("attest-loadbench-checks-");
            List<ChecksBench.Result> results;
            try {
                results = new ChecksBench(pipeline, corpus, attest, dir).run(checkSizes);
            } finally {
                if (checksDir == null) {
                    ChecksBench.delete(dir);
                }
            }
            System.out.printf("%n### attest check over a SQLite store (%s, ATTEST_JAVA_OPTS=%s)%n%n", attest,
                    System.getenv().getOrDefault("ATTEST_JAVA_OPTS", "unset: bin/attest's default"));
            System.out.println("| documents | wall, s | CPU (user + sys), s | CPU ms/document | peak RSS, MB | live heap after a full GC, max MB | findings | filling the store, s (not counted) |");
            System.out.println("|---:|---:|---:|---:|---:|---:|---|---:|");
            for (ChecksBench.Result r : results) {
                System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.2f | %d | %d | %s | %.0f |%n", r.docs(), r.wallSeconds(),
                        r.cpuSeconds(), r.cpuSeconds() * 1e3 / r.docs(), r.peakRssMb(), r.liveHeapMb(), r.summary(),
                        r.fillSeconds());
            }
        }
        log("total %.0f s", (System.nanoTime() - t) / 1e9);
    }

    /** Place names found by the pipeline in the source texts: what the generator swaps. */
    private static Set<String> placeNames(Pipeline pipeline, List<Path> dirs) throws IOException, AttestException {
        Set<String> names = new LinkedHashSet<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    for (PlaceMention p : pipeline.process(f).places()) {
                        if (p.geonameid() != null) {
                            names.add(p.surface());
                        }
                    }
                }
            }
        }
        return names;
    }

    private static void log(String format, Object... args) {
        System.err.printf(Locale.ROOT, "loadbench: " + format + "%n", args);
    }
}
