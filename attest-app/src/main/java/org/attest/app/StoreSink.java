package org.attest.app;

import org.attest.AttestException;
import org.attest.Pipeline;
import org.attest.app.sources.SourceSink;
import org.attest.ingest.Digests;
import org.attest.model.Document;
import org.attest.model.Source;
import org.attest.store.PutResult;
import org.attest.store.Store;

/**
 * Extracts each document an input yields and stores it, counting outcomes. A document whose
 * bytes are already stored is counted unchanged before extraction. Failures are printed as one
 * line, {@code attest: <input>: <reason>}, naming the document's URL when it came from inside
 * a WARC file, a feed or a JSON Lines file.
 */
final class StoreSink implements SourceSink {
    /** What one ingest did. */
    static final class Tally {
        long added;
        long unchanged;
        long replaced;
        long failed;
        long events;
        long places;

        long documents() {
            return added + unchanged + replaced;
        }
    }

    /** Builds the pipeline on first use, so that a run with nothing new loads no gazetteer. */
    interface PipelineSupplier {
        Pipeline get() throws AttestException;
    }

    private final Store store;
    private final PipelineSupplier pipelines;
    private final long runId;
    private final Progress progress;
    final Tally tally = new Tally();
    private Pipeline pipeline;
    private String input = "";

    StoreSink(Store store, PipelineSupplier pipelines, long runId, Progress progress) {
        this.store = store;
        this.pipelines = pipelines;
        this.runId = runId;
        this.progress = progress;
    }

    /** The input being read now, for failure lines. */
    void input(String in) {
        this.input = in;
    }

    @Override
    public void accept(Source source, String site) {
        try {
            if (store.contains(Digests.sha256Hex(source.bytes()))) {
                tally.unchanged++;
                return;
            }
            if (pipeline == null) {
                pipeline = pipelines.get();
            }
            Document doc = process(source);
            PutResult r = store.put(doc, site, runId);
            switch (r.outcome()) {
                case NEW -> tally.added++;
                case REPLACED -> tally.replaced++;
                default -> tally.unchanged++;
            }
            tally.events += doc.events().size();
            tally.places += doc.places().size();
        } catch (AttestException e) {
            failed(where(source, e.getMessage()));
        }
    }

    private Document process(Source source) throws AttestException {
        try {
            return pipeline.process(source);
        } catch (StackOverflowError e) {
            // pathological nesting defeats a recursive walk in the cleaner: one failure, not a crash
            throw new AttestException(source.name() + ": too deeply nested to clean");
        }
    }

    /** A cleaner message names the document; for one of many in an input, name the input and the URL. */
    private String where(Source source, String message) {
        if (source.location().equals("file:" + input)) {
            return message;
        }
        String reason = message.startsWith(source.name() + ": ") ? message.substring(source.name().length() + 2) : message;
        return input + ": " + source.location() + ": " + reason;
    }

    @Override
    public void failed(String message) {
        tally.failed++;
        progress.println("attest: " + message);
    }
}
