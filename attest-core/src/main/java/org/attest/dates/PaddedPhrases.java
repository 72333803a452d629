package org.attest.dates;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.internal.WordTable;

/**
 * Phrases sought as whole words in a window of {@link PhraseMatcher#sentenceBefore} (lower-case
 * letters and single spaces, padded with a space at each end), each padded the same way
 * (" called for "), filed under its first word. A window is read once, word by word, and only
 * the phrases that open with a word of it are compared there, where a search of the window for
 * each phrase in turn read it once per phrase (some eighty of them, for each date asked).
 * Immutable and thread-safe.
 */
final class PaddedPhrases {
    /** Tells whether a phrase found at {@code at} (the index of its leading space) in a window counts. */
    @FunctionalInterface
    interface Test {
        boolean counts(String phrase, int at);
    }

    private final WordTable<List<String>> byFirstWord;

    /** @param padded phrases of lower-case words and single spaces, with a space at each end */
    PaddedPhrases(Collection<String> padded) {
        Map<String, List<String>> by = new HashMap<>();
        for (String p : padded) {
            int end = p.indexOf(' ', 1);
            if (p.length() < 3 || p.charAt(0) != ' ' || end < 0) {
                throw new IllegalArgumentException("not a padded phrase: '" + p + "'");
            }
            by.computeIfAbsent(p.substring(1, end), k -> new ArrayList<>()).add(p);
        }
        by.replaceAll((k, v) -> List.copyOf(v));
        this.byFirstWord = new WordTable<>(by);
    }

    /** True when some phrase stands in {@code window}. */
    boolean anyIn(String window) {
        return anyIn(window, (phrase, at) -> true);
    }

    /** True when some phrase stands in {@code window} at a place where {@code test} counts it. */
    boolean anyIn(String window, Test test) {
        int n = window.length();
        for (int s = window.indexOf(' '); s >= 0; ) {
            int e = window.indexOf(' ', s + 1);
            if (e < 0) {
                return false;
            }
            List<String> phrases = byFirstWord.get(window, s + 1, e);
            if (phrases != null) {
                for (String p : phrases) {
                    if (s + p.length() <= n && window.startsWith(p, s) && test.counts(p, s)) {
                        return true;
                    }
                }
            }
            s = e;
        }
        return false;
    }
}
