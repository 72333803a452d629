package org.attest.events;

import java.util.Arrays;

/**
 * The {@link Lexeme}s of one document by their written form, found from the characters in place:
 * a recurring word costs a hash over its characters and one comparison, with no substring made
 * for it. (A {@code HashMap<String, Lexeme>} would need a new key string for every token.)
 * Open addressing with linear probing over a power-of-two table kept at most half full. Not
 * thread-safe: one per document run.
 */
final class LexemeTable {
    private Lexeme[] slots;
    /** The written form of each slot's lexeme, and its hash: compared before the lexeme is touched. */
    private char[][] keys;
    private int[] hashes;
    private int size;

    /** A table sized for about {@code expected} distinct forms; it grows as needed. */
    LexemeTable(int expected) {
        int capacity = Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1;
        slots = new Lexeme[capacity];
        keys = new char[capacity][];
        hashes = new int[capacity];
    }

    /** {@link String#hashCode()} of {@code text[start, end)}. */
    static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    /** The lexeme written as {@code text[start, end)}, whose {@link #hash} is {@code hash}, or null. */
    Lexeme get(char[] text, int start, int end, int hash) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != null; i = (i + 1) & mask) {
            if (hashes[i] == hash && Arrays.equals(keys[i], 0, keys[i].length, text, start, end)) {
                return slots[i];
            }
        }
        return null;
    }

    /** Adds a lexeme not yet in the table; {@code hash} is that of its surface. */
    void add(Lexeme lexeme, int hash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        insert(lexeme, lexeme.surface().toCharArray(), hash);
        size++;
    }

    private void insert(Lexeme lexeme, char[] key, int hash) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = lexeme;
        keys[i] = key;
        hashes[i] = hash;
    }

    private void grow() {
        Lexeme[] oldSlots = slots;
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        slots = new Lexeme[oldSlots.length * 2];
        keys = new char[oldSlots.length * 2][];
        hashes = new int[oldSlots.length * 2];
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                insert(oldSlots[i], oldKeys[i], oldHashes[i]);
            }
        }
    }

    /** Mixes the high bits in, as {@code HashMap} does, since similar words differ in low bits only. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
