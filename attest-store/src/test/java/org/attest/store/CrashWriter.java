package org.attest.store;

import org.attest.AttestException;

/**
 * A child process for the crash test: stores {@code docs} generated documents of {@code size}
 * spans each into a store, printing one line per committed document, so that the parent can
 * kill it part way through.
 */
public final class CrashWriter {
    private CrashWriter() {}

    /** Arguments: store spec, number of documents, spans per document. */
    public static void main(String[] args) throws AttestException {
        String spec = args[0];
        int docs = Integer.parseInt(args[1]);
        int size = Integer.parseInt(args[2]);
        try (Store store = Store.open(spec)) {
            for (int i = 0; i < docs; i++) {
                PutResult r = store.put(Fixtures.generated(i, size), "gen");
                System.out.println(i + " " + r.outcome());
                System.out.flush();
            }
        }
    }
}
