package org.attest.events;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The {@link Lexeme}s of the words the lexicon itself lists (its role and word-list words, as
 * written in lower case and with a capital initial), made once when the lexicon is read. These
 * are the words a text uses most, and the dearest to make: each is one of the lexicon's, so
 * {@link Lexeme#word} looks it up in full. A document's {@link Tokenizer} takes a word written so
 * from here the first time it meets it instead of making it again. A lexeme is a pure function of
 * its surface and the lexicon, and immutable, so the shared one equals the one the document would
 * make. Open addressing over the surfaces' characters, as {@link LexemeTable}; immutable.
 */
final class Vocabulary {
    private final Lexeme[] slots;
    private final int[] hashes;

    private Vocabulary(List<Lexeme> lexemes) {
        int capacity = Integer.highestOneBit(Math.max(8, lexemes.size()) * 2 - 1) << 1;
        this.slots = new Lexeme[capacity];
        this.hashes = new int[capacity];
        int mask = capacity - 1;
        for (Lexeme l : lexemes) {
            int h = l.surface().hashCode();
            int i = spread(h) & mask;
            while (slots[i] != null) {
                i = (i + 1) & mask;
            }
            slots[i] = l;
            hashes[i] = h;
        }
    }

    /**
     * The lexemes of {@code words} (lower case) and of their capitalised forms, for those the
     * tokenizer reads as one word; each made by {@link Lexeme#word} against {@code index}.
     */
    static Vocabulary of(Collection<String> words, WordIndex index) {
        Set<String> surfaces = new LinkedHashSet<>();
        for (String w : words) {
            if (!oneWord(w)) {
                continue;
            }
            surfaces.add(w);
            surfaces.add(Character.toUpperCase(w.charAt(0)) + w.substring(1));
        }
        List<Lexeme> lexemes = new ArrayList<>(surfaces.size());
        for (String s : surfaces) {
            lexemes.add(Lexeme.word(s, index));
        }
        return new Vocabulary(lexemes);
    }

    /**
     * True for a plain ASCII word of letters and inner hyphens or apostrophes that starts with a
     * lower-case letter: what {@link Tokenizer} reads as a single word token.
     */
    private static boolean oneWord(String w) {
        if (w.isEmpty() || w.charAt(0) < 'a' || w.charAt(0) > 'z') {
            return false;
        }
        for (int i = 1; i < w.length(); i++) {
            char c = w.charAt(i);
            boolean inner = (c == '-' || c == '\'') && i + 1 < w.length() && Character.isLetterOrDigit(w.charAt(i + 1));
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || inner)) {
                return false;
            }
        }
        return true;
    }

    /** The lexeme written as {@code text[start, end)}, whose {@link LexemeTable#hash} is {@code hash}, or null. */
    Lexeme get(char[] text, int start, int end, int hash) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && same(slots[i].surface(), text, start, end)) {
                return slots[i];
            }
        }
        return null;
    }

    private static boolean same(String surface, char[] text, int start, int end) {
        if (surface.length() != end - start) {
            return false;
        }
        for (int k = 0; k < surface.length(); k++) {
            if (surface.charAt(k) != text[start + k]) {
                return false;
            }
        }
        return true;
    }

    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
