package org.attest.checks;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/**
 * The lines of a text long enough to compare as paragraphs (datelines and captions are not),
 * with the MinHash signatures of the whole text and of each paragraph, found in one pass that
 * hashes each shingle once.
 *
 * @param spans      the paragraphs, in text order
 * @param whole      the whole text's signature, or {@code null} (fewer words than a shingle)
 * @param signatures each paragraph's signature, or {@code null}, in the order of {@code spans}
 */
record Paragraphs(List<Span> spans, long[] whole, List<long[]> signatures) {
    /** Lines shorter than this many characters (stripped) are not compared. */
    static final int MIN_LENGTH = 200;

    static Paragraphs of(String text, MinHash minHash) {
        MinHash.Words words = new MinHash.Words();
        List<Span> spans = new ArrayList<>();
        List<Integer> from = new ArrayList<>();
        List<Integer> to = new ArrayList<>();
        int start = 0;
        for (String line : text.split("\n", -1)) {
            int end = start + line.length();
            int firstWord = words.size();
            words.add(line);
            if (line.strip().length() >= MIN_LENGTH) {
                spans.add(new Span(start, end));
                from.add(firstWord);
                to.add(words.size());
            }
            start = end + 1;
        }
        long[][] sigs = minHash.signatures(words, from.stream().mapToInt(Integer::intValue).toArray(),
                to.stream().mapToInt(Integer::intValue).toArray());
        List<long[]> each = new ArrayList<>(spans.size());
        for (int i = 0; i < spans.size(); i++) {
            each.add(sigs[1 + i]);
        }
        return new Paragraphs(List.copyOf(spans), sigs[0], each);
    }
}
