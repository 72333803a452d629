package org.attest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.gazetteer.Gazetteer;
import org.attest.places.RegionIndex;

/**
 * Run in a fresh JVM: how long the first gazetteer load takes (cold: class loading and an
 * unwarmed JIT included, as a command-line user sees it) and how much heap the gazetteer and
 * then the whole standard pipeline retain (used heap after full GCs, before and after).
 * Prints one line: {@code coldLoadMs=.. gazetteerMb=.. pipelineMb=.. places=..}.
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
        System.out.printf("coldLoadMs=%.1f gazetteerMb=%.1f pipelineMb=%.1f places=%d stages=%d%n",
                loadNs / 1e6, (withGazetteer - base) / 1e6, (withPipeline - base) / 1e6, g.size(),
                p.stages().size());
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
