package org.attest.events;

/**
 * The {@link Lexeme}s of one document's words by their written form, found from the characters in
 * place: a recurring word costs a hash over its characters and one comparison with the place the
 * form first occurred, with no string or key copied for it. (A {@code HashMap<String, Lexeme>}
 * would need a new key string for every token.) Open addressing with linear probing over a
 * power-of-two table kept at most half full. Not thread-safe: one per document run.
 *
 * <p>Each slot's hash, start and end lie side by side in one {@code int[]}, so a probe reads one
 * place in memory (parallel arrays cost a miss each), and the lexeme array is read only on
 * a match. An end of 0 marks an empty slot: a form is never empty, so a used slot's end is at
 * least 1.
 */
final class LexemeTable {
    /** Ints per slot in {@link #keys}: hash, start, end, and one unused to keep slots 16-byte sized. */
    private static final int STRIDE = 4;

    private final char[] text;
    private Lexeme[] slots;
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
        for (int i = spread(hash) & mask; ; i = (i + 1) & mask) {
            int k = i * STRIDE;
            int e = keys[k + 2];
            if (e == 0) {
                return null;
            }
            if (keys[k] == hash && sameChars(keys[k + 1], e, start, end)) {
                return slots[i];
            }
        }
    }

    /** Adds the lexeme of a form not yet in the table, written at {@code text[start, end)}, {@code start < end}. */
    void add(Lexeme lexeme, int start, int end, int hash) {
        if (2 * (size + 1) > slots.length) {
            grow();
        }
        insert(lexeme, start, end, hash);
        size++;
    }

    /** True when {@code text[s1, e1)} and {@code text[s2, e2)} hold the same characters; words are short, so a plain loop. */
    private boolean sameChars(int s1, int e1, int s2, int e2) {
        if (e1 - s1 != e2 - s2) {
            return false;
        }
        for (int i = 0; i < e1 - s1; i++) {
            if (text[s1 + i] != text[s2 + i]) {
                return false;
            }
        }
        return true;
    }

    private void insert(Lexeme lexeme, int start, int end, int hash) {
        int mask = slots.length - 1;
        int i = spread(hash) & mask;
        while (keys[i * STRIDE + 2] != 0) {
            i = (i + 1) & mask;
        }
        slots[i] = lexeme;
        keys[i * STRIDE] = hash;
        keys[i * STRIDE + 1] = start;
        keys[i * STRIDE + 2] = end;
    }

    private void allocate(int capacity) {
        slots = new Lexeme[capacity];
        keys = new int[capacity * STRIDE];
    }

    private void grow() {
        Lexeme[] oldSlots = slots;
        int[] oldKeys = keys;
        allocate(oldSlots.length * 2);
        for (int i = 0; i < oldSlots.length; i++) {
            if (oldSlots[i] != null) {
                insert(oldSlots[i], oldKeys[i * STRIDE + 1], oldKeys[i * STRIDE + 2], oldKeys[i * STRIDE]);
            }
        }
    }

    /** Mixes the high bits in, as {@code HashMap} does, since similar words differ in low bits only. */
    private static int spread(int h) {
        return h ^ (h >>> 16);
    }
}
