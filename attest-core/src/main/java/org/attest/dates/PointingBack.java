package org.attest.dates;

import java.util.Locale;
import java.util.Set;

/**
 * Paragraphs that open by pointing back at an act the paragraph before told: "The vote set off
 * the largest protests in years." Such a paragraph, when it has no date of its own, happened
 * when that act did, not on the report's lead date. Nouns from {@code anaphoric-openers.txt},
 * loaded once. Static helper of {@link DateResolver}.
 */
final class PointingBack {
    private PointingBack() {}

    private static final Set<String> NOUNS = Set.copyOf(DateLexicon.lines("anaphoric-openers.txt"));
    /** The longest noun, in chars: how far the test reads. */
    private static final int LONGEST = NOUNS.stream().mapToInt(String::length).max().orElse(0);

    /** True when the text at {@code start} reads "The NOUN " with NOUN one of the list's. */
    static boolean opens(String text, int start) {
        if (!text.startsWith("The ", start)) {
            return false;
        }
        int from = start + 4;
        int end = from;
        while (end < text.length() && end - from <= LONGEST && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return end > from && end < text.length() && !Character.isLetter(text.charAt(end))
                && text.charAt(end) != '\'' && text.charAt(end) != '\u2019'
                && NOUNS.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }
}
