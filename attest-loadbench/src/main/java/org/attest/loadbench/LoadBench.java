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
 * {@code --seeds DIR} (/work/shared/corpus/seeds) {@code --examples DIR} (examples).
 */
public final class LoadBench {
    private LoadBench() {
    }

    public static void main(String[] args) throws AttestException, SQLException, IOException {
        int docs = 3000;
        int warmup = 500;
        long events = 1_000_000;
        int wrkSeconds = 20;
        List<Integer> checkSizes = List.of(1_000, 3_000, 10_000);
        Set<String> only = Set.of("ingest", "api", "checks");
        String pg = "127.0.0.1:5432";
        Path seeds = Path.of("/work/shared/corpus/seeds");
        Path examples = Path.of("examples");
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
            List<String> plans = new ArrayList<>();
            for (Target target : List.of(Target.sqlite("api"), Target.postgres(pg))) {
                try {
                    long t0 = System.nanoTime();
                    long n = ApiBench.fill(target, processed, events);
                    String type = ApiBench.commonType(target);
                    log("%s filled with %d events in %.0f s", target.label(), n, (System.nanoTime() - t0) / 1e9);
                    plans.add("#### " + target.label() + " (" + n + " events): events page query plan");
                    plans.add("```");
                    plans.addAll(ApiBench.plan(target, type, "2010-01-01", "2010-12-31"));
                    plans.add("```");
                    loads.addAll(ApiBench.load(target, target.label() + " (" + n + " events)", wrkSeconds, type, "2010-01-01", "2010-12-31"));
                } finally {
                    target.drop();
                }
            }
            System.out.printf("%n### API under wrk (-t2 -c16, %d s each, loopback)%n%n", wrkSeconds);
            System.out.println("| store | request | requests/s | p50 | p99 | errors |");
            System.out.println("|---|---|---:|---:|---:|---:|");
            for (ApiBench.Load l : loads) {
                System.out.printf(Locale.ROOT, "| %s | `%s` | %.0f | %s | %s | %d |%n", l.store(), l.endpoint(),
                        l.requestsPerSec(), l.p50(), l.p99(), l.errors());
            }
            System.out.println();
            plans.forEach(System.out::println);
        }
        if (only.contains("checks")) {
            ChecksBench checks = new ChecksBench(pipeline, corpus);
            System.out.printf("%n### Corpus checks%n%n");
            System.out.println("| documents | checks wall time, s | µs/document | findings | making + extracting the documents, s (not counted) |");
            System.out.println("|---:|---:|---:|---:|---:|");
            for (int n : checkSizes) {
                ChecksBench.Result r = checks.run(n);
                System.out.printf(Locale.ROOT, "| %d | %.2f | %.0f | %d | %.0f |%n", r.docs(), r.checksSeconds(),
                        r.checksSeconds() * 1e6 / r.docs(), r.findings(), r.generateSeconds());
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
