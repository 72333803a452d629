package org.attest.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.attest.AttestException;
import org.attest.Stage;
import org.attest.clean.Cleaner;
import org.attest.model.Document;

/**
 * Runs one stage alone, in a loop, over the corpus as the stages before it left each document
 * (computed once, before the clock starts), and prints MB of input per CPU-second of the loop's
 * thread. On a machine shared with other jobs the whole pipeline's rate moves by a quarter
 * between runs of one build, while one stage alone moves by a few percent: a change to one stage
 * is compared here, A and B alternated, before the whole loop ({@link ProfileLoop}) is asked.
 *
 * <p>Arguments: the stage ({@code clean} for the cleaner, or a name of {@code Pipeline.standard}'s
 * stages), measured CPU-seconds (default 15), warm-up CPU-seconds (default 5), {@code html} or
 * {@code text} (default text). Pass {@code -Dattest.bench.corpus=DIR} as for {@link ProfileLoop}
 * so that every build reads the same documents.
 */
public final class StageLoop {
    private StageLoop() {}

    public static void main(String[] args) throws AttestException {
        String name = args.length > 0 ? args[0] : "places";
        double measured = args.length > 1 ? Double.parseDouble(args[1]) : 15;
        double warmup = args.length > 2 ? Double.parseDouble(args[2]) : 5;
        boolean html = args.length > 3 && args[3].equals("html");
        Env env = Env.get();
        Corpus corpus = ProfileLoop.fixedOrBuilt(env, html);
        Cleaner cleaner = Cleaner.withDefaults();
        Stage stage = name.equals("clean") ? null : stageNamed(env.pipeline.stages(), name);
        List<Document> inputs = name.equals("clean") ? List.of() : inputs(corpus, cleaner, env.pipeline.stages(), stage);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int next = 0;
        for (int round = 0; round < 2; round++) {
            double budget = round == 0 ? warmup : measured;
            long start = threads.getCurrentThreadCpuTime();
            long bytes = 0;
            long used = 0;
            while (used < budget * 1e9) {
                int i = next++ % corpus.size();
                if (stage == null) {
                    cleaner.clean(corpus.get(i));
                } else if (inputs.get(i) != null) {
                    stage.apply(inputs.get(i));
                }
                bytes += corpus.get(i).bytes().length;
                used = threads.getCurrentThreadCpuTime() - start;
            }
            if (round == 1) {
                System.out.printf("%s: %.2f MB per CPU-s (%.1f MB, %.1f CPU-s)%n", name, bytes / 1e6 / (used / 1e9),
                        bytes / 1e6, used / 1e9);
            }
        }
    }

    private static Stage stageNamed(List<Stage> stages, String name) {
        for (Stage s : stages) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        throw new IllegalArgumentException("no stage named " + name);
    }

    /** Each document as it reaches {@code stage}; null for one the cleaner rejects. */
    private static List<Document> inputs(Corpus corpus, Cleaner cleaner, List<Stage> stages, Stage stage) {
        List<Document> out = new ArrayList<>(corpus.size());
        for (int i = 0; i < corpus.size(); i++) {
            Document d;
            try {
                d = cleaner.clean(corpus.get(i));
            } catch (AttestException e) {
                out.add(null);
                continue;
            }
            for (Stage s : stages) {
                if (s == stage) {
                    break;
                }
                d = s.apply(d);
            }
            out.add(d);
        }
        return out;
    }
}
