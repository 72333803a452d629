package org.attest.bench;

import java.lang.management.ManagementFactory;
import org.attest.AttestException;
import org.attest.model.Source;

/**
 * Runs the whole pipeline over the synthetic corpus in a loop and prints MB per CPU-second of
 * the loop's thread, so a profiler (JFR: {@code -XX:StartFlightRecording}) can watch a steady
 * state without JMH's forks. Budgets are in CPU time of this thread, not wall time, so a loaded
 * machine stretches the run instead of cutting the warm-up short. Not a benchmark of record:
 * {@code bin/bench} is.
 *
 * <p>Arguments: measured CPU-seconds (default 30), {@code html} or {@code text} (default text),
 * warm-up CPU-seconds (default 15).
 */
public final class ProfileLoop {
    private ProfileLoop() {}

    public static void main(String[] args) throws AttestException {
        double measured = args.length > 0 ? Double.parseDouble(args[0]) : 30;
        boolean html = args.length > 1 && args[1].equals("html");
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 15;
        Env env = Env.get();
        Corpus corpus = Corpus.articles(env, 20L << 20, Corpus.defaultSeed(), html);
        int next = (int) run(env, corpus, 0, warmup)[0];
        long[] done = run(env, corpus, next, measured);
        double cpuSeconds = done[2] / 1e9;
        System.out.printf("%d documents, %.1f MB, %.1f CPU-s, %.2f MB per CPU-s%n",
                done[0] - next, done[1] / 1e6, cpuSeconds, done[1] / 1e6 / cpuSeconds);
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
}
