package org.attest.clean;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * Builds the final text from blocks (paragraphs, headings, list items, captions), one blank
 * line between blocks, and records the spans of blocks marked as captions. Each block is
 * normalised on its own, so the spans recorded are final offsets. Furniture blocks are dropped,
 * and so are two kinds of blocks that only repeat or title nothing (see {@link #build}).
 */
final class BlockJoiner {
    /**
     * A block this long (characters) and of {@value #MIN_REPEAT_WORDS} words or more that stands
     * again inside another block is a pull quote; shorter repeats ("Background") are subheads.
     */
    private static final int MIN_REPEAT = 40;
    private static final int MIN_REPEAT_WORDS = 6;
    /** Pull quotes are a sentence or two; a longer repeat is left alone. */
    private static final int MAX_REPEAT = 300;

    private record Block(String text, boolean caption, boolean heading) {}

    private final LinePatterns patterns;
    private final List<Block> blocks = new ArrayList<>();

    BlockJoiner(LinePatterns patterns) {
        this.patterns = patterns;
    }

    /**
     * Adds one block.
     *
     * @param raw     the block's text, not yet normalised; may hold single line breaks
     * @param caption true to mark the whole block as boilerplate
     * @param heading true for the text of a heading element ({@code h1}-{@code h6})
     */
    void add(String raw, boolean caption, boolean heading) {
        String block = TextNormalizer.normalize(raw);
        if (block.isEmpty() || patterns.isFurniture(block)) {
            return;
        }
        blocks.add(new Block(block, caption || patterns.isCaption(block), heading));
    }

    /** Adds one block that is not a heading. */
    void add(String raw, boolean caption) {
        add(raw, caption, false);
    }

    /** True when no block has been added. */
    boolean isEmpty() {
        return blocks.isEmpty();
    }

    /**
     * The text of the blocks kept, in order. Two kinds go (never the first block, the headline):
     * headings after the last block of text, which title nothing that follows (the heading of a
     * video or teaser box whose items went, pull quotes set after the story); and a block of a
     * sentence or two that stands word for word inside another block, or again as an equal one
     * (a pull quote repeating a line of the story), since it would be read twice.
     */
    Cleaned build() {
        int end = blocks.size();
        while (end > 1 && blocks.get(end - 1).heading()) {
            end--;
        }
        int[] starts = new int[end];
        StringBuilder all = new StringBuilder();
        for (int i = 0; i < end; i++) {
            starts[i] = all.length();
            all.append(blocks.get(i).text()).append("\n\n");
        }
        boolean[] dropped = new boolean[end];
        StringBuilder text = new StringBuilder();
        List<Span> boilerplate = new ArrayList<>();
        for (int i = 0; i < end; i++) {
            Block b = blocks.get(i);
            if (i > 0 && repeated(i, all, starts, dropped)) {
                dropped[i] = true;
                continue;
            }
            if (text.length() > 0) {
                text.append("\n\n");
            }
            int start = text.length();
            text.append(b.text());
            if (b.caption()) {
                boilerplate.add(new Span(start, text.length()));
            }
        }
        return new Cleaned(text.toString(), boilerplate);
    }

    /**
     * True when block {@code i}, of a sentence or two, stands word for word in another block
     * not dropped: an earlier equal or longer one, or a later longer one (the paragraph a pull
     * quote set before it repeats). Of two equal blocks the later is kept.
     */
    private boolean repeated(int i, StringBuilder all, int[] starts, boolean[] dropped) {
        Block b = blocks.get(i);
        String t = b.text();
        if (b.caption() || t.length() < MIN_REPEAT || t.length() > MAX_REPEAT || Titles.words(t) < MIN_REPEAT_WORDS) {
            return false;
        }
        for (int p = all.indexOf(t); p >= 0; p = all.indexOf(t, p + 1)) {
            int j = blockAt(starts, p);
            if (j != i && !dropped[j] && !blocks.get(j).caption()) {
                return true;
            }
        }
        return false;
    }

    /** The index of the block whose text holds offset {@code p} of the joined text. */
    private static int blockAt(int[] starts, int p) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= p) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

}
