package org.attest.server;

import org.attest.AttestException;
import org.attest.Pipeline;

/**
 * Gives the extraction pipeline when the first document is posted: loading the gazetteer takes
 * seconds and memory, which a read-only server never needs.
 */
@FunctionalInterface
public interface PipelineSource {
    Pipeline get() throws AttestException;
}
