package org.attest;

import org.attest.model.Document;

/**
 * One step of the pipeline: a pure function from a document to a richer one. A stage does no
 * I/O; what it needs (gazetteer, lexicons) is given to it when it is built. A stage must not
 * throw on odd input; the pipeline records any exception it does throw as an issue naming
 * the stage and goes on with the document as it was.
 */
public interface Stage {
    /** A short name for issues and benchmarks: "segment", "places", ... */
    String name();

    Document apply(Document document);
}
