package org.attest.quantities;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.attest.model.Document;
import org.junit.jupiter.api.Test;

/**
 * The stage must stay linear and cheap on ordinary prose: contexts without a digit or number
 * word are skipped untokenised. The target is 30 MB/s; the assertion leaves room for a loaded
 * shared machine and a cold JIT, and the measured rate is printed.
 */
class QuantityStageSpeedTest {
    private static final String[] PROSE = {
        "The committee met behind closed doors and issued a statement calling for calm in the capital.\n",
        "Witnesses described how the crowd moved slowly along the avenue while police watched from a distance.\n",
        "Observers from several organisations said the vote had been marred by irregularities and intimidation.\n",
        "According to the union, 340 workers walked out on Monday and about 1,200 more joined them later.\n",
        "Critics of the government argued that the new law would further restrict the freedom of assembly.\n",
    };

    @Test
    void processesPlainProseFast() {
        StringBuilder sb = new StringBuilder();
        int cycles = 0;
        while (sb.length() < 8_000_000) {
            for (String line : PROSE) {
                sb.append(line);
            }
            cycles++;
        }
        String text = sb.toString();
        QuantityStage stage = new QuantityStage(QuantityLexicon.load());
        Document doc = Document.of("speed", "test", "", null, null, "en", text, List.of());
        stage.apply(doc); // warm up the JIT
        // CPU time of this thread, not wall time: the build machine is shared
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long best = Long.MAX_VALUE;
        int found = 0;
        for (int run = 0; run < 5; run++) {
            long t0 = cpu.getCurrentThreadCpuTime();
            found = stage.apply(doc).quantities().size();
            best = Math.min(best, cpu.getCurrentThreadCpuTime() - t0);
        }
        double mbPerSecond = text.length() / 1e6 / (Math.max(best, 1) / 1e9);
        System.out.printf("quantities: %.1f MB/s over %d chars, %d quantities%n", mbPerSecond, text.length(), found);
        assertThat(found).as("two figures in every cycle of the prose").isEqualTo(2 * cycles);
        assertThat(mbPerSecond).isGreaterThan(10.0);
    }
}
