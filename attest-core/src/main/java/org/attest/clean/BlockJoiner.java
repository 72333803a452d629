package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Builds the final text from blocks (paragraphs, headings, list items, captions), one blank
 * line between blocks, and records the spans of blocks marked as captions. Each block is
 * normalised on its own, so the spans recorded are final offsets. Furniture blocks are dropped.
 */
final class BlockJoiner {
    private final LinePatterns patterns;
    private final StringBuilder text = new StringBuilder();
    private final List<Span> boilerplate = new ArrayList<>();

    BlockJoiner(LinePatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * Adds one block.
     *
     * @param raw     the block's text, not yet normalised; may hold single line breaks
     * @param caption true to mark the whole block as boilerplate
     */
    void add(String raw, boolean caption) {
        String block = TextNormalizer.normalize(raw);
        if (block.isEmpty() || patterns.isFurniture(block)) {
            return;
        }
        if (text.length() > 0) {
            text.append("\n\n");
        }
        int start = text.length();
        text.append(block);
        if (caption || patterns.isCaption(block)) {
            boilerplate.add(new Span(start, text.length()));
        }
    }

    /** True when no block has been added. */
    boolean isEmpty() {
        return text.length() == 0;
    }

    Cleaned build() {
        return new Cleaned(text.toString(), boilerplate);
    }
}
