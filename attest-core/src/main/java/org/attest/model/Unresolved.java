package org.attest.model;

/** A span that looks like a place name the gazetteer could not resolve, and why. */
public record Unresolved(String surface, Span span, String reason) {
}
