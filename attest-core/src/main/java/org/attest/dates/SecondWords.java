package org.attest.dates;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attest.dates.DateLexicon.RelativePhrase;
import org.attest.internal.WordTable;

/**
 * The relative phrases that start with one word, filed by their second word: "a", "the", "two"
 * open a dozen phrases each ("a week later", "a month ago"), and these words are in every
 * sentence, so {@link PhraseMatcher#phrase} tries only those whose second word is the one that
 * follows. Each list keeps the phrases' order (longest first) and holds the one-word phrases too,
 * so the first match is the one the full list would give. Immutable.
 */
final class SecondWords {
    static final SecondWords NONE = new SecondWords(List.of());

    private final List<RelativePhrase> all;
    /** The one-word phrases: all that can match when no word follows or none of the second words does. */
    private final List<RelativePhrase> oneWord;
    /** By lower-case second word; null when a second word is not ASCII (then every phrase is tried). */
    private final WordTable<List<RelativePhrase>> bySecond;

    SecondWords(List<RelativePhrase> phrases) {
        this.all = List.copyOf(phrases);
        this.oneWord = all.stream().filter(p -> p.words().size() == 1).toList();
        Map<String, List<RelativePhrase>> by = new HashMap<>();
        boolean ascii = true;
        for (RelativePhrase p : all) {
            if (p.words().size() > 1) {
                String second = p.words().get(1);
                ascii &= second.chars().allMatch(c -> c < 128);
                by.put(second.toLowerCase(Locale.ROOT), null);
            }
        }
        for (String second : by.keySet()) {
            List<RelativePhrase> list = new ArrayList<>();
            for (RelativePhrase p : all) {
                if (p.words().size() == 1 || p.words().get(1).toLowerCase(Locale.ROOT).equals(second)) {
                    list.add(p);
                }
            }
            by.put(second, List.copyOf(list));
        }
        this.bySecond = ascii ? new WordTable<>(by) : null;
    }

    /**
     * The phrases, in order, that may match when the first word ends at {@code e} and the next
     * word is {@code t[p, we)}: every phrase that matches is among them. A second word that holds
     * a char outside ASCII is compared as {@link String#regionMatches(boolean, int, String, int, int)}
     * does, by trying every phrase.
     */
    List<RelativePhrase> candidates(String t, int e, int p, int we) {
        if (bySecond == null) {
            return all;
        }
        if (p == e) {
            return oneWord; // no space after the first word: no phrase of more words
        }
        for (int k = p; k < we; k++) {
            if (t.charAt(k) >= 128) {
                return all;
            }
        }
        List<RelativePhrase> list = bySecond.get(t, p, we);
        return list != null ? list : oneWord;
    }
}
