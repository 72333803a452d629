package org.attest.events;

import java.util.Arrays;

/**
 * The {@link Lexeme}s of one document's words by their written form, found from the characters in
 * place: a recurring word costs a hash over its characters and one comparison with the place the
 * form first occurred, with no string or key copied for it. (A {@code HashMap<String, Lexeme>}
 * would need a new key string for every token.) Open addressing with linear probing over a
 * power-of-two table kept at most half full. Not thread-safe: one per document run.
 */
final class LexemeTable {
    private final char[] text;
    private Lexeme[] slots;
    /**
     * For slot {@code i}, at {@code 3 * i}: its form's hash, then where the form first occurs in the
     * text (start, end). Compared before the lexeme is touched; one array, so that a probe reads
     * one place in memory rather than three.
     */
    private int[] keys;
    private int size;

    /**
     * A table over {@code text} sized for about {@code expected} distinct forms; it grows as
     * needed. The array is read, never changed, and must not be changed while the table is used.
     */
    LexemeTable(char[] text, int expected) {
        this.text = text;
        allocate(Integer.highestOneBit(Math.max(8, expected) * 2 - 1) << 1);
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
    Lexeme get(int start, int end, int hash) {
        int mask = slots.length - 1;
        for (int i = spread(hash) & mask; slots[i] != null; i = (i + 1) & mask) {
            int k = 3 * i;
            if (keys[k] == hash && sameForm(keys[k + 1], keys[k + 2], start, end)) {
                return slots[i];
            }
        }
        return null;
    }

    /**
     * True when {@code text[a, aEnd)} and {@code text[b, bEnd)} hold the same characters. A plain
     * loop: words are a few characters long, too short for {@link Arrays#equals}'s range checks and
     * vectorised compare to pay.
     */
    private boolean sameForm(int a, int aEnd, int b, int bEnd) {
        if (aEnd - a != bEnd - b) {
            return false;
        }
        for (; a < aEnd; a++, b++) {
            if (text[a] != text[b]) {
                return false;
            }
        }
        return true;
    }

    /** Adds the lexeme of a form not yet in the table, written at {@code text[start, end)}. */
    void add(Lexeme lexeme, int start, int end, int hash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        insert(lexeme, start, end, hash);
        size++;
    }

    private void insert(Lexeme lexeme, int start, int end, int hash) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        while (slots[i] != null) {
            i = (i + 1) & mask;
        }
        slots[i] = lexeme;
        keys[3 * i] = hash;
        keys[3 * i + 1] = start;
        keys[3 * i + 2] = end;
    }

    private void allocate(int capacity) {
        slots = new Lexeme[capacity];
        keys = new int[3 * capacity];
    }

    private void grow() {
        Lexeme[] oldSlots = slots;
        int[] oldKeys = keys;
        allocate(oldSlots.length * 2);
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                insert(oldSlots[i], oldKeys[3 * i + 1], oldKeys[3 * i + 2], oldKeys[3 * i]);
            }
        }
    }

    /** Mixes the high bits in, as {@code HashMap} does, since similar words differ in low bits only. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
