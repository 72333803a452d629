package org.attest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Gazetteer;
import org.attest.model.Source;
import org.attest.places.RegionIndex;

/**
 * Run in a fresh JVM: how long the first gazetteer load takes (cold: class loading and an
 * unwarmed JIT included, as a command-line user sees it) and how much heap the gazetteer and
 * then the whole standard pipeline retain (used heap after full GCs, before and after), and
 * what the pipeline retains once it has processed 5 MB of articles about many countries (the
 * geoparser memoises per-country spelling tables for its fuzzy matching).
 * Prints one line: {@code coldLoadMs=.. gazetteerMb=.. pipelineMb=.. afterWorkMb=.. places=..}.
 */
public final class Footprint {
    private Footprint() {}

    public static void main(String[] args) throws AttestException {
        long base = usedAfterGc();
        long t0 = System.nanoTime();
        Gazetteer g = Env.loadGazetteer();
        long loadNs = System.nanoTime() - t0;
        long withGazetteer = usedAfterGc();
        RegionIndex regions = Env.regionIndex();
        Pipeline p = Pipeline.standard(g, regions);
        long withPipeline = usedAfterGc();
        Corpus corpus = Corpus.articles(Env.get(), 5_000_000, Corpus.defaultSeed(), false);
        long beforeWork = usedAfterGc();
        for (Source s : corpus.sources()) {
            p.process(s);
        }
        // what processing added to the pipeline's own memory (Env and the corpus were already there)
        long afterWork = withPipeline + usedAfterGc() - beforeWork;
        System.out.printf("coldLoadMs=%.1f gazetteerMb=%.1f pipelineMb=%.1f afterWorkMb=%.1f places=%d stages=%d%n",
                loadNs / 1e6, (withGazetteer - base) / 1e6, (withPipeline - base) / 1e6, (afterWork - base) / 1e6,
                g.size(), p.stages().size());
    }

    /** Used heap after the collector has had a few chances to free everything unreachable. */
    static long usedAfterGc() {
        MemoryMXBean mem = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            used = Math.min(used, mem.getHeapMemoryUsage().getUsed());
        }
        return used;
    }
}
