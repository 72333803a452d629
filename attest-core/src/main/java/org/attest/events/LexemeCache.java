package org.attest.events;

/**
 * The {@link Lexeme}s of written forms met so far, shared by every document run of one {@link
 * EventLexicon}: a lexeme is a pure function of its surface and the lexicon's {@link WordIndex},
 * and most of a document's words ("the", "police", "protesters") were met in the documents before
 * it, so a word is lower-cased, stemmed and looked up in the index about once per JVM rather than
 * once per document (that work was a tenth of the events stage's).
 *
 * <p>Direct-mapped, as a CPU cache is: a form's hash picks one slot, and a new form takes the slot
 * from the one there. So the cache holds at most {@link #SLOTS} forms however many documents pass,
 * a recurring word mostly finds itself, and a rare one costs what it cost without the cache. Safe
 * between threads without locks: a slot holds an immutable {@link Entry} (final fields), read and
 * replaced whole, so a thread sees some complete entry or none; two threads that miss the same
 * form both make its lexeme, which is the same value.
 */
final class LexemeCache {
    /** How many forms the cache holds: a power of two (the entries and their lexemes take a few MB). */
    private static final int SLOTS = 1 << 16;

    /** A form's characters, their {@link #hash} and its lexeme. */
    private record Entry(int hash, char[] form, Lexeme lexeme) {}

    private final WordIndex words;
    private final Entry[] slots = new Entry[SLOTS];
    /** The lexemes of ASCII punctuation by character, made up front; null for letters, digits and spaces. */
    private final Lexeme[] punctuation = new Lexeme[0x80];

    LexemeCache(WordIndex words) {
        this.words = words;
        for (char c = 0; c < 0x80; c++) {
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                punctuation[c] = Lexeme.punctuation(String.valueOf(c), words);
            }
        }
    }

    /** The lexeme of an ASCII punctuation character (neither letter, digit nor space). */
    Lexeme punctuation(char c) {
        return punctuation[c];
    }

    /**
     * The lexeme of the form written as {@code text[start, end)}: a {@link Lexeme#word} when
     * {@code word}, else a lone symbol's ({@link Lexeme#punctuation}). The tokenizer makes a form
     * always the one or always the other (a symbol is one character that is no letter or digit, a
     * word starts with one), so the form alone is the key.
     */
    Lexeme get(char[] text, int start, int end, boolean word) {
        int hash = hash(text, start, end);
        int slot = (hash ^ (hash >>> 16)) & (SLOTS - 1); // the high bits mixed in, as similar words differ in low bits
        Entry e = slots[slot];
        if (e != null && e.hash == hash && sameForm(e.form, text, start, end)) {
            return e.lexeme;
        }
        String surface = new String(text, start, end - start);
        Lexeme l = word ? Lexeme.word(surface, words) : Lexeme.punctuation(surface, words);
        slots[slot] = new Entry(hash, surface.toCharArray(), l);
        return l;
    }

    /** {@link String#hashCode()} of {@code text[start, end)}. */
    private static int hash(char[] text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + text[i];
        }
        return h;
    }

    /**
     * True when {@code form} holds the characters of {@code text[start, end)}. A plain loop: words
     * are a few characters long, too short for {@code Arrays.equals}'s range checks to pay.
     */
    private static boolean sameForm(char[] form, char[] text, int start, int end) {
        if (form.length != end - start) {
            return false;
        }
        for (int i = 0; i < form.length; i++) {
            if (form[i] != text[start + i]) {
                return false;
            }
        }
        return true;
    }
}
