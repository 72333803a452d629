package org.attest.bench;

import java.lang.management.ManagementFactory;
import org.attest.AttestException;
import org.attest.model.Source;

/**
 * Runs the whole pipeline over the synthetic corpus in a loop for a while and prints MB per
 * CPU-second, so a profiler (JFR: {@code -XX:StartFlightRecording}) can watch a steady state
 * without JMH's forks. Not a benchmark of record: {@code bin/bench} is.
 *
 * <p>Arguments: seconds (default 60), {@code html} or {@code text} (default text).
 */
public final class ProfileLoop {
    private ProfileLoop() {}

    public static void main(String[] args) throws AttestException {
        int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        boolean html = args.length > 1 && args[1].equals("html");
        Env env = Env.get();
        Corpus corpus = Corpus.articles(env, 20L << 20, Corpus.defaultSeed(), html);
        var threads = ManagementFactory.getThreadMXBean();
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        long cpu0 = threads.getCurrentThreadCpuTime();
        long bytes = 0;
        int i = 0;
        while (System.nanoTime() < end) {
            Source s = corpus.get(i++ % corpus.size());
            env.pipeline.process(s);
            bytes += s.bytes().length;
        }
        double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        System.out.printf("%d documents, %.1f MB, %.2f MB per CPU-s%n", i, bytes / 1e6, bytes / 1e6 / cpuSeconds);
    }
}
