package org.attest.clean;

import java.util.List;
import org.attest.model.Span;

/**
 * The main text of a document with the spans of its boilerplate (captions), as produced by
 * an extractor.
 *
 * @param text        normalised text, blocks separated by one blank line
 * @param boilerplate spans of {@code text} that are captions or furniture, in order
 */
public record Cleaned(String text, List<Span> boilerplate) {
    public Cleaned {
        boilerplate = List.copyOf(boilerplate);
    }
}
