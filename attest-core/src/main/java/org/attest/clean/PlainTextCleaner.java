package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Cleans plain text: normalises it, drops lines of site furniture (ad sizes, tag lists,
 * copyright, share bars) and marks caption lines as boilerplate. Line based and linear: each
 * line is tested once against precompiled, length-bounded patterns.
 */
public final class PlainTextCleaner {
    private final LinePatterns patterns;

    public PlainTextCleaner(LinePatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * Cleans decoded text.
     *
     * @param decoded the text as decoded from the source
     * @return the cleaned text (possibly empty) and its caption spans
     */
    public Cleaned clean(String decoded) {
        String normalized = TextNormalizer.normalize(decoded);
        StringBuilder kept = new StringBuilder(normalized.length());
        int pos = 0;
        int n = normalized.length();
        boolean dropped = false;
        while (pos < n) {
            int end = normalized.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            String line = normalized.substring(pos, end);
            if (line.isEmpty()) {
                kept.append('\n');
            } else if (!patterns.isFurniture(line)) {
                kept.append(line).append('\n');
            } else {
                dropped = true;
            }
            pos = end + 1;
        }
        // dropping lines may leave several blank lines in a row: lay out again (the normalised
        // text is already laid out when nothing was dropped)
        String text = dropped ? TextNormalizer.layout(kept.toString()) : normalized;
        return new Cleaned(text, captionSpans(text));
    }

    private List<Span> captionSpans(String text) {
        List<Span> spans = new ArrayList<>();
        int pos = 0;
        int n = text.length();
        while (pos < n) {
            int end = text.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            if (end > pos && patterns.isCaption(text.substring(pos, end))) {
                spans.add(new Span(pos, end));
            }
            pos = end + 1;
        }
        return spans;
    }
}
