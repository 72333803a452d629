package org.attest.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.attest.AttestException;
import org.attest.model.Source;

/**
 * Run in a JVM with a given {@code -Xmx}: loads the gazetteer and pipeline, then has N threads
 * each process two 1 MB documents and 2 MB of articles. Exits 0 when all finished, 3 when the
 * heap ran out. The runner searches for the smallest heap that passes with 1 and 2 threads.
 * Usage: {@code HeapProbe THREADS}.
 */
public final class HeapProbe {
    private HeapProbe() {}

    public static void main(String[] args) throws AttestException, InterruptedException {
        int threads = Integer.parseInt(args[0]);
        Env env = Env.get();
        List<List<Source>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            List<Source> mine = new ArrayList<>(Corpus.sized(env, 1_000_000, 2_000_000, 7 + t).sources());
            mine.addAll(Corpus.articles(env, 2_000_000, 11 + t, false).sources());
            work.add(mine);
        }
        AtomicBoolean failed = new AtomicBoolean();
        List<Thread> running = new ArrayList<>();
        for (List<Source> mine : work) {
            Thread th = new Thread(() -> {
                try {
                    for (Source s : mine) {
                        env.pipeline.process(s);
                    }
                } catch (OutOfMemoryError | AttestException e) {
                    failed.set(true);
                }
            });
            th.start();
            running.add(th);
        }
        for (Thread th : running) {
            th.join();
        }
        System.out.println(failed.get() ? "failed" : "ok");
        System.exit(failed.get() ? 3 : 0);
    }
}
