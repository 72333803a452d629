package org.attest.app.sources;

import org.attest.AttestException;
import org.attest.ingest.SourceReader;
import org.attest.model.Source;

/**
 * Receives what an input yields: documents, and one message per part that could not be read.
 * An input such as a WARC file or a feed yields many documents and may fail in some of them
 * while the rest goes on, which is why failures are reported here rather than thrown.
 */
public interface SourceSink {
    /**
     * One document read from an input.
     *
     * @param source the document; its location is the URL or {@code file:} path it stands for
     * @param site   the host or folder to group it under, or {@code null}
     */
    void accept(Source source, String site);

    /**
     * One document read from a file and not decoded yet ({@link SourceReader#readUndecoded}): a
     * sink that can skip documents by their bytes alone decodes only those it keeps, with
     * {@link SourceReader#decodable}, and reports its failure as {@link #failed} would. By
     * default the document is decoded at once.
     */
    default void acceptUndecoded(Source source, String site) {
        try {
            accept(SourceReader.decodable(source), site);
        } catch (AttestException e) {
            failed(e.getMessage());
        }
    }

    /**
     * One input, or one part of it, could not be read.
     *
     * @param message one line: {@code <input>: <reason>}, naming the record or line when there is one
     */
    void failed(String message);
}
