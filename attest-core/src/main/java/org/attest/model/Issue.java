package org.attest.model;

/**
 * A problem met while processing one document: which stage, and why. Bad input is data:
 * it is recorded here, never swallowed and never fatal to a batch.
 */
public record Issue(String stage, String reason) {
}
