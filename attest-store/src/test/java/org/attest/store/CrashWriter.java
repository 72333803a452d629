package org.attest.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attest.AttestException;

/**
 * A child process for the crash tests: stores {@code docs} generated documents of {@code size}
 * spans each into a store, printing one line per commit, so that the parent can kill it part
 * way through. With a batch size it stores that many documents per {@link Store#putAll}.
 */
public final class CrashWriter {
    private CrashWriter() {}

    /** Arguments: store spec, number of documents, spans per document, and optionally documents per batch. */
    public static void main(String[] args) throws AttestException {
        String spec = args[0];
        int docs = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        int batch = args.length > 3 ? Integer.parseInt(args[3]) : 0;
        try (Store store = Store.open(spec)) {
            for (int i = 0; i < docs; i += Math.max(batch, 1)) {
                if (batch == 0) {
                    System.out.println(i + " " + store.put(Fixtures.generated(i, size), "gen").outcome());
                } else {
                    List<Put> puts = new ArrayList<>();
                    for (int k = i; k < Math.min(docs, i + batch); k++) {
                        puts.add(new Put(Fixtures.generated(k, size), "gen"));
                    }
                    List<PutAttempt> done = store.putAll(puts, null);
                    System.out.println(i + " " + done.stream().filter(PutAttempt::succeeded).count());
                }
                System.out.flush();
            }
        }
    }

    /** Starts a writer in a JVM of its own; {@code batch} 0 puts one document at a time. */
    static Process start(String spec, int docs, int size, int batch) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), CrashWriter.class.getName(),
                spec, String.valueOf(docs), String.valueOf(size), String.valueOf(batch))
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
    }

    /** Runs a writer to its end; returns its exit status. */
    static int run(String spec, int docs, int size, int batch) throws Exception {
        Process p = start(spec, docs, size, batch);
        p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        if (!p.waitFor(300, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("the writer did not finish within 300 s");
        }
        return p.exitValue();
    }
}
