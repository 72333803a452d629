package org.attest.bench;

import java.util.Locale;

/**
 * The markdown summary of one run: headline comparison (Attest, the CoreNLP baseline, the raw
 * scan), per-stage throughput, gazetteer load and heap, scaling with threads and with document
 * length, and the issues' targets with whether each was met.
 */
final class Report {
    private Report() {}

    static String markdown(Results r) {
        StringBuilder b = new StringBuilder();
        Machine m = r.machine;
        b.append("## Machine and settings\n\n")
                .append(f("- %d CPUs (%s), %s memory, %s%n", m.cpus(), m.cpuModel(), m.memory(), m.java()))
                .append(f("- load average (1/5/15 min) at start: %s; at end: %s%n", m.loadAverage(), r.loadAtEnd))
                .append(f("- %s; whole run %d min %d s%n%n", r.settings, r.elapsedSeconds / 60, r.elapsedSeconds % 60));

        Measure attest = r.get("pipeline/text/1");
        Measure core = r.get("corenlp/1");
        Measure scan = r.get("scan/1");
        b.append("## Attest vs the CoreNLP baseline vs a raw scan (one thread, plain-text articles)\n\n")
                .append("| system | MB/s (wall) | MB per CPU-s | docs/s | place P | place R | place F1 (seeds) |\n")
                .append("|---|---:|---:|---:|---:|---:|---:|\n");
        row(b, "Attest, whole pipeline (text)", attest, r.gold == null ? null : r.gold.attest());
        row(b, "Attest, whole pipeline (HTML pages)", r.get("pipeline/html/1"), null);
        row(b, "CoreNLP 4.5.7 CRF NER + gazetteer lookup", core, r.gold == null ? null : r.gold.coreNlp());
        row(b, "raw scan (decode + tokenise)", scan, null);
        b.append('\n');
        if (attest != null && core != null) {
            b.append(f("Attest is **%.0fx** the baseline's throughput per CPU-second (%.0fx wall-clock)",
                    attest.mbPerCpuSec() / core.mbPerCpuSec(), attest.mbPerSec() / core.mbPerSec()));
            if (scan != null) {
                b.append(f("; the raw scan is **%.1fx** Attest (%.1fx wall-clock)",
                        scan.mbPerCpuSec() / attest.mbPerCpuSec(), scan.mbPerSec() / attest.mbPerSec()));
            }
            b.append(".\n\n");
        }
        if (r.gold != null && !r.gold.attest().present()) {
            b.append("Place F1 not measured: ").append(r.gold.attest().note()).append("\n\n");
        }

        b.append("## Per stage (one thread)\n\n| stage | input | MB/s (wall) | ± | MB per CPU-s | docs/s |\n"
                + "|---|---|---:|---:|---:|---:|\n");
        stage(b, "clean", "HTML pages", r.get("clean/html"));
        stage(b, "clean", "plain text", r.get("clean/text"));
        for (String s : r.stages) {
            stage(b, s, "cleaned text", r.get("stage/" + s));
        }
        stage(b, "whole pipeline", "plain text", attest);
        stage(b, "whole pipeline", "HTML pages", r.get("pipeline/html/1"));
        b.append('\n');

        b.append("## Gazetteer\n\n| measure | value |\n|---|---:|\n")
                .append(f("| places in the index | %,d |%n", r.gazetteerPlaces))
                .append(f("| load from the compiled cache, fresh JVM (cold) | %.0f ms |%n", r.coldLoadMs))
                .append(f("| load from the compiled cache, warm JVM (JMH single shot, mean of 5) | %.0f ± %.0f ms |%n",
                        r.warmLoadMs, r.warmLoadErrorMs))
                .append(f("| retained heap: gazetteer | %.0f MB |%n", r.gazetteerMb))
                .append(f("| retained heap: gazetteer + whole pipeline (lexicons, region tables) | %.0f MB |%n",
                        r.pipelineMb))
                .append(f("| retained heap: the same after 5 MB of articles (memoised fuzzy-match tables) | %.0f MB |%n%n",
                        r.afterWorkMb));

        b.append("## Scaling with threads\n\n| threads | pipeline MB/s (wall) | speed-up | pipeline MB per CPU-s "
                + "| raw scan MB/s (wall) | smallest -Xmx that runs |\n")
                .append("|---:|---:|---:|---:|---:|---:|\n");
        for (int t = 1; t <= 2; t++) {
            Measure p = r.get("pipeline/text/" + t);
            Measure s = r.get("scan/" + t);
            Integer heap = r.minHeapMb.get(t);
            b.append(f("| %d | %s | %s | %s | %s | %s |%n", t, mb(p),
                    p != null && attest != null ? f("%.2fx", p.mbPerSec() / attest.mbPerSec()) : "–", cpu(p), mb(s),
                    heap == null ? "–" : heap + " MB"));
        }
        Integer h1 = r.minHeapMb.get(1);
        Integer h2 = r.minHeapMb.get(2);
        if (h1 != null && h2 != null) {
            b.append(f("%nHeap per extra thread: %s (search step %d MB; each thread processes two 1 MB documents "
                    + "and 2 MB of articles, and holds that input).%n",
                    h2 - h1 < r.heapStepMb ? "less than " + r.heapStepMb + " MB" : "about " + (h2 - h1) + " MB",
                    r.heapStepMb));
        }
        b.append('\n');

        b.append("## Cost vs document length (whole pipeline, plain text, one thread)\n\n")
                .append("| document size | MB/s (wall) | ± | MB per CPU-s | docs/s |\n|---:|---:|---:|---:|---:|\n");
        for (String size : new String[] {"1000", "10000", "100000", "1000000"}) {
            Measure x = r.get("length/" + size);
            b.append(f("| %s | %s | %s | %s | %s |%n", label(size), mb(x), x == null ? "–" : f("%.2f", x.mbError()), cpu(x),
                    x == null ? "–" : f("%.1f", x.docsPerSec())));
        }
        b.append('\n');

        b.append("## Targets\n\n| target | measured | met |\n|---|---:|:---:|\n");
        Measure places = r.get("stage/places");
        target(b, "places stage ≥ 20 MB/s on one core (per CPU-s)", places == null ? Double.NaN : places.mbPerCpuSec(),
                "%.1f MB/s", v -> v >= 20);
        target(b, "whole extraction ≥ 10 MB/s (per CPU-s)", attest == null ? Double.NaN : attest.mbPerCpuSec(),
                "%.1f MB/s", v -> v >= 10);
        target(b, "gazetteer load < 1 s (cold)", r.coldLoadMs, "%.0f ms", v -> v < 1000);
        target(b, "gazetteer heap < 300 MB", r.gazetteerMb, "%.0f MB", v -> v < 300);
        target(b, "Attest ≥ 50x CoreNLP baseline throughput (per CPU-s)",
                attest != null && core != null ? attest.mbPerCpuSec() / core.mbPerCpuSec() : Double.NaN, "%.0fx",
                v -> v >= 50);
        if (r.gold != null && r.gold.attest().present() && r.gold.coreNlp().present()) {
            target(b, "Attest place F1 > baseline's", r.gold.attest().f1() - r.gold.coreNlp().f1(), "%+.3f",
                    v -> v > 0);
        }
        target(b, "within 20x of the raw scan (per CPU-s)", attest != null && scan != null
                ? scan.mbPerCpuSec() / attest.mbPerCpuSec()
                : Double.NaN, "%.1fx", v -> v <= 20);
        return b.toString();
    }

    private static void row(StringBuilder b, String name, Measure x, GoldEval.Score s) {
        boolean has = s != null && s.present();
        b.append(f("| %s | %s | %s | %s | %s | %s | %s |%n", name, mb(x), cpu(x), x == null ? "–" : f("%.1f", x.docsPerSec()),
                has ? f("%.3f", s.p()) : "–", has ? f("%.3f", s.r()) : "–", has ? f("**%.3f**", s.f1()) : "–"));
    }

    private static void stage(StringBuilder b, String name, String input, Measure x) {
        if (x == null) {
            return;
        }
        b.append(f("| %s | %s | %.2f | %.2f | %s | %.1f |%n", name, input, x.mbPerSec(), x.mbError(), cpu(x),
                x.docsPerSec()));
    }

    private interface Check {
        boolean ok(double v);
    }

    private static void target(StringBuilder b, String name, double v, String fmt, Check check) {
        String measured = Double.isNaN(v) ? "not measured" : f(fmt, v);
        String met = Double.isNaN(v) ? "–" : check.ok(v) ? "yes" : "**no**";
        b.append(f("| %s | %s | %s |%n", name, measured, met));
    }

    private static String mb(Measure x) {
        if (x == null) {
            return "–";
        }
        return x.mbPerSec() < 1 ? f("%.3f", x.mbPerSec()) : f("%.2f", x.mbPerSec());
    }

    private static String cpu(Measure x) {
        if (x == null || Double.isNaN(x.mbPerCpuSec())) {
            return "–";
        }
        return x.mbPerCpuSec() < 1 ? f("%.3f", x.mbPerCpuSec()) : f("%.2f", x.mbPerCpuSec());
    }

    private static String label(String bytes) {
        return switch (bytes) {
            case "1000" -> "1 KB";
            case "10000" -> "10 KB";
            case "100000" -> "100 KB";
            default -> "1 MB";
        };
    }

    private static String f(String fmt, Object... args) {
        return String.format(Locale.ROOT, fmt, args);
    }
}
