package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Cleans plain text: normalises it, drops lines of site furniture (ad sizes, tag lists,
 * copyright, share bars), the headlines listed under a teaser box's heading ("Related Articles",
 * then other articles' titles: a page's links saved as text) and marks caption lines as
 * boilerplate. Line based and linear: each line is tested once against precompiled,
 * length-bounded patterns.
 */
public final class PlainTextCleaner {
    private final LinePatterns patterns;

    /** Lines longer than this are never furniture: they are kept without a test. */
    private final int longestKept;

    public PlainTextCleaner(LinePatterns patterns) {
        this.patterns = patterns;
        this.longestKept = patterns.longestFurniture();
    }

    /**
     * Cleans decoded text.
     *
     * @param decoded the text as decoded from the source
     * @return the cleaned text (possibly empty) and its caption spans
     */
    public Cleaned clean(String decoded) {
        String normalized = TextNormalizer.normalize(decoded);
        // the kept lines are copied only once a line is dropped: until then they are the
        // normalised text's own prefix, and most texts drop nothing
        StringBuilder kept = null;
        // caption lines, marked in the same pass while the text is still the normalised one
        List<Span> captions = new ArrayList<>();
        int pos = 0;
        int n = normalized.length();
        int teasersLeft = 0; // headlines still to drop under a teaser box's heading
        while (pos < n) {
            int end = normalized.indexOf('\n', pos);
            if (end < 0) {
                end = n;
            }
            boolean drop;
            LinePatterns.Line line = null;
            if (end == pos || end - pos > longestKept && end - pos > MAX_HEADLINE_LENGTH) {
                // an empty line, or one no pattern is tried on and too long for a headline
                drop = false;
                teasersLeft = end == pos ? teasersLeft : 0;
            } else {
                line = patterns.line(normalized.substring(pos, end));
                if (patterns.isFurniture(line)) {
                    drop = true;
                    teasersLeft = patterns.opensTeaserBox(line) ? MAX_TEASERS : teasersLeft;
                } else if (teasersLeft > 0 && isHeadline(line.text())) {
                    drop = true;
                    teasersLeft--;
                } else {
                    drop = false;
                    teasersLeft = 0;
                }
            }
            if (!drop && kept == null && end > pos && end - pos <= patterns.longestCaption()
                    && patterns.isCaption(line != null ? line : patterns.line(normalized.substring(pos, end)))) {
                captions.add(new Span(pos, end));
            }
            if (drop && kept == null) {
                kept = new StringBuilder(n).append(normalized, 0, pos);
            } else if (!drop && kept != null) {
                kept.append(normalized, pos, end).append('\n');
            }
            pos = end + 1;
        }
        // dropping lines may leave several blank lines in a row: lay out again (the normalised
        // text is already laid out when nothing was dropped)
        if (kept == null) {
            return new Cleaned(normalized, captions);
        }
        String text = TextNormalizer.layout(kept.toString());
        return new Cleaned(text, captionSpans(text)); // lines moved: found again in the text as it is now
    }

    /** Teaser boxes list a handful of titles; more lines than this under one heading are the page's own. */
    private static final int MAX_TEASERS = 8;
    /** A title is short. */
    private static final int MAX_HEADLINE_LENGTH = 150;

    /**
     * True for a line shaped as a title: short, starting with a capital or a digit, and not ending
     * as a sentence does. A paragraph of the article ends the teaser box.
     */
    static boolean isHeadline(String line) {
        if (line.length() > MAX_HEADLINE_LENGTH || line.indexOf(' ') < 0) {
            return false;
        }
        int first = line.codePointAt(0);
        char last = line.charAt(line.length() - 1);
        return (Character.isUpperCase(first) || Character.isDigit(first) || first == '\'' || first == '"'
                || first == '\u2018' || first == '\u201c') && ".:;,".indexOf(last) < 0;
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
            if (end > pos && end - pos <= patterns.longestCaption() && patterns.isCaption(text.substring(pos, end))) {
                spans.add(new Span(pos, end));
            }
            pos = end + 1;
        }
        return spans;
    }
}
