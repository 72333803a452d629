package org.attest.loadbench;

import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.checks.CheckLexicon;
import org.attest.checks.CorpusChecks;
import org.attest.checks.CorpusDocument;
import org.attest.model.Check;
import org.attest.model.Source;

/**
 * {@link CorpusChecks} over n generated documents. The documents are made and extracted lazily
 * as the checks pull them (holding 100,000 extracted documents would take gigabytes); the time
 * spent making them is measured inside the iterator and subtracted, so the figure is the
 * checks' own time (one thread: the two never overlap).
 */
final class ChecksBench {
    record Result(int docs, double checksSeconds, double generateSeconds, int findings, long heapMb) {
    }

    private final Pipeline pipeline;
    private final Corpus corpus;

    ChecksBench(Pipeline pipeline, Corpus corpus) {
        this.pipeline = pipeline;
        this.corpus = corpus;
    }

    Result run(int n) {
        CorpusChecks checks = new CorpusChecks(CheckLexicon.load());
        long[] generating = new long[1];
        Iterator<CorpusDocument> docs = new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < n;
            }

            @Override
            public CorpusDocument next() {
                if (i >= n) {
                    throw new NoSuchElementException();
                }
                long t = System.nanoTime();
                try {
                    // a few hundred publishers, so that "one publisher counts once" has work to do
                    String site = "site" + (i % 397) + ".example";
                    Source s = new Source("doc-" + i + ".txt", "https://" + site + "/doc-" + i, corpus.bytes(i), "text/plain");
                    return new CorpusDocument(i + 1, s.name(), site, pipeline.process(s));
                } catch (AttestException e) {
                    throw new IllegalStateException(e.getMessage(), e);
                } finally {
                    i++;
                    generating[0] += System.nanoTime() - t;
                }
            }
        };
        System.gc();
        long t0 = System.nanoTime();
        List<Check> found = checks.run(docs);
        long total = System.nanoTime() - t0;
        Runtime rt = Runtime.getRuntime();
        long heap = (rt.totalMemory() - rt.freeMemory()) >> 20;
        return new Result(n, (total - generating[0]) / 1e9, generating[0] / 1e9, found.size(), heap);
    }
}
