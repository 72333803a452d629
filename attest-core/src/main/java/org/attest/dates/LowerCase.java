package org.attest.dates;

import java.util.Locale;
import org.attest.internal.SortedInts;

/**
 * A document's text in lower case ({@link Locale#ROOT}), made on first use and once per
 * document, for searches that read the lower case of the text before an offset. Lower-casing
 * keeps every char's place but one: "İ" (U+0130) becomes "i" and a combining dot, so offsets
 * after it move one ahead; {@link #offsetOf} counts them. Greek capital sigma is the one char
 * whose lower case depends on what follows it: here it is read with the whole text after it
 * (a search for a word with a sigma could find "σ" where the text before the offset alone ends
 * in "ς"). Not thread-safe.
 */
final class LowerCase {
    private static final char GROWS = '\u0130';

    private final String text;
    private String lower;
    /** Offsets in the text of each "İ", ascending. */
    private int[] grows;

    LowerCase(String text) {
        this.text = text;
    }

    /** The length of the lower case of the text's first {@code offset} chars. */
    int offsetOf(int offset) {
        load();
        return offset + SortedInts.firstAtOrAfter(grows, offset);
    }

    /**
     * Where {@code word} last occurs in the lower case, wholly before offset {@code end} (of the
     * lower case) and starting at or after {@code from}; -1 when it does not.
     */
    int lastIndexOf(String word, int end, int from) {
        load();
        for (int i = end - word.length(); i >= from; i--) {
            if (lower.startsWith(word, i)) {
                return i;
            }
        }
        return -1;
    }

    private void load() {
        if (lower != null) {
            return;
        }
        lower = text.toLowerCase(Locale.ROOT);
        int n = 0;
        for (int i = text.indexOf(GROWS); i >= 0; i = text.indexOf(GROWS, i + 1)) {
            n++;
        }
        grows = new int[n];
        n = 0;
        for (int i = text.indexOf(GROWS); i >= 0; i = text.indexOf(GROWS, i + 1)) {
            grows[n++] = i;
        }
    }
}
