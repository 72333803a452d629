package org.attest.dates;

import org.attest.model.Span;

/**
 * A date expression found by a matcher: where it stands, what it states and which rule found it.
 */
record Candidate(Span span, DateExpr expr, String rule) {
    Candidate(int start, int end, DateExpr expr, String rule) {
        this(new Span(start, end), expr, rule);
    }

    Candidate withStart(int start) {
        return new Candidate(new Span(start, span.end()), expr, rule);
    }
}
