package org.attest.places;

import java.util.Arrays;
import org.attest.gazetteer.NameKeys;

/**
 * The words of a text as the geoparser sees them: maximal runs of letters and digits, with
 * their offsets, folded forms and the facts the passes ask about (capitalised? Arabic script?
 * joined to the next word only by a space, hyphen or apostrophe? first word of a sentence?).
 */
final class Tokens {
    final String text;
    /** The text's chars: read char by char by every pass, cheaper than {@code charAt} on a UTF-16 string. */
    private final char[] chars;
    final int[] start;
    final int[] end;
    final int size;
    /** Folded forms, filled on first use: most words are never looked up (lower-case, digits). */
    private final String[] folded;
    /**
     * Each word's shape, found once in the scan that finds the words: the passes ask the same
     * questions of every word (capitalised? all capitals?) again and again, and one byte read
     * beats going back to the word's chars each time.
     */
    private final byte[] shape;
    /**
     * For a word all in ASCII, the {@link String#hashCode} of its folded form, made in the same
     * scan: a word list can reject it by that hash without the word being folded into a string
     * ({@link WordSet#has}); 0 for other words (never read: see {@link #ascii}).
     */
    private final int[] foldedHash;
    /** Which lists of phrases the text holds one of, by list (see {@link #holdsAny}). */
    private java.util.IdentityHashMap<java.util.List<String>, Boolean> holds;
    /** The words chained by length and case-blind hash, made on first use (see {@link #caseBlind}). */
    private CaseBlindWords caseBlind;

    private static final byte CAPITALIZED = 1;
    private static final byte ALL_CAPS = 2;
    private static final byte ARABIC = 4;
    private static final byte DIGITS = 8;
    private static final byte ASCII = 16;
    /** {@link #joined}: asked of nearly every word by nearly every pass. */
    private static final byte JOINED = 32;
    /** {@code gapIs(i, " ")}: one space to the next word, the gap most often asked about. */
    private static final byte SPACE_AFTER = 64;
    /** {@code gapIs(i, "-")}: a hyphen alone to the next word, asked of nearly every lower-case word (the byte's last bit). */
    private static final int HYPHEN_AFTER = 0x80;

    Tokens(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        char[] chars = this.chars;
        int n = chars.length;
        int[] s = new int[Math.max(16, n / 5)];
        int[] e = new int[s.length];
        byte[] sh = new byte[s.length];
        int[] hs = new int[s.length];
        int k = 0;
        int i = 0;
        while (i < n) {
            if (!wordChar(chars[i])) {
                i++;
                continue;
            }
            int from = i;
            int h = 0;
            boolean ascii = true;
            boolean lower = false; // an ASCII lower-case letter seen
            do {
                char c = chars[i];
                if (c < 128) {
                    boolean upper = c >= 'A' && c <= 'Z';
                    lower |= c >= 'a' && c <= 'z';
                    h = 31 * h + (upper ? c + 32 : c);
                } else {
                    ascii = false;
                }
                i++;
            } while (i < n && wordChar(chars[i]));
            if (k == s.length) {
                s = Arrays.copyOf(s, k * 2);
                e = Arrays.copyOf(e, k * 2);
                sh = Arrays.copyOf(sh, k * 2);
                hs = Arrays.copyOf(hs, k * 2);
            }
            s[k] = from;
            e[k] = i;
            sh[k] = shapeOf(chars, from, i, ascii, lower);
            hs[k] = ascii ? h : 0;
            k++;
        }
        size = k;
        start = Arrays.copyOf(s, k);
        end = Arrays.copyOf(e, k);
        shape = Arrays.copyOf(sh, k);
        foldedHash = Arrays.copyOf(hs, k);
        folded = new String[k];
        for (int w = 0; w < k; w++) {
            // one char between this word and the next (or the end of the text): the only gaps these two marks take
            int to = w + 1 < k ? start[w + 1] : n;
            if (to - end[w] == 1) {
                if (chars[end[w]] == ' ') {
                    shape[w] |= SPACE_AFTER;
                } else if (chars[end[w]] == '-') {
                    shape[w] |= HYPHEN_AFTER;
                }
                if (joinedByGap(w)) {
                    shape[w] |= JOINED;
                }
            }
        }
    }

    private static byte shapeOf(char[] chars, int from, int to, boolean ascii, boolean lower) {
        char c = chars[from];
        int b = 0;
        if (c < 128 ? c >= 'A' && c <= 'Z' : Character.isUpperCase(c)) {
            b |= CAPITALIZED;
        }
        if (c >= '\u0600' && c <= '\u06FF') {
            b |= ARABIC;
        }
        if (c < 128 ? c >= '0' && c <= '9' : Character.isDigit(c)) {
            b |= DIGITS;
        }
        if (ascii) {
            b |= ASCII;
            if (!lower) {
                b |= ALL_CAPS;
            }
        } else if (noLowerCase(chars, from, to)) {
            b |= ALL_CAPS;
        }
        return (byte) b;
    }

    private static boolean noLowerCase(char[] chars, int from, int to) {
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c < 128 ? c >= 'a' && c <= 'z' : Character.isLowerCase(c)) {
                return false;
            }
        }
        return true;
    }

    /** The folded form of word i (lower case, accents removed: {@link NameKeys#fold}). */
    String folded(int i) {
        String f = folded[i];
        if (f == null) {
            f = fold(text, start[i], end[i]);
            folded[i] = f;
        }
        return f;
    }

    private static String fold(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (text.charAt(i) >= 128) {
                return NameKeys.fold(text.substring(from, to));
            }
        }
        return lowerAscii(text, from, to);
    }

    private static String lowerAscii(String text, int from, int to) {
        boolean upper = false;
        for (int i = from; i < to && !upper; i++) {
            char c = text.charAt(i);
            upper = c >= 'A' && c <= 'Z';
        }
        if (!upper) {
            return text.substring(from, to); // most words: one copy, no case mapping
        }
        char[] out = new char[to - from];
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            out[i - from] = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return new String(out);
    }

    /** {@link Character#isLetterOrDigit(char)}, answered without tables for ASCII. */
    private static boolean wordChar(char c) {
        if (c < 128) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        // the zero-width non-joiner is part of a Persian word ("قزل‌حصار", Ghezel Hesar), not a break
        return Character.isLetterOrDigit(c) || c == '\u200C';
    }

    String surface(int i) {
        return text.substring(start[i], end[i]);
    }

    boolean capitalized(int i) {
        return (shape[i] & CAPITALIZED) != 0;
    }

    boolean allCaps(int i) {
        return (shape[i] & ALL_CAPS) != 0;
    }

    boolean arabic(int i) {
        return (shape[i] & ARABIC) != 0;
    }

    boolean digits(int i) {
        return (shape[i] & DIGITS) != 0;
    }

    /** True when word i is all in ASCII: its folded form is its lower-case form, and {@link #foldedHash} holds its hash. */
    boolean ascii(int i) {
        return (shape[i] & ASCII) != 0;
    }

    /** The {@link String#hashCode} of {@link #folded}(i), for a word all in {@link #ascii ASCII}. */
    int foldedHash(int i) {
        return foldedHash[i];
    }

    /**
     * True when word {@code i}, all in ASCII, folds to the characters of {@code key} from {@code
     * at} on, as many as the word has: its letters in lower case, char for char.
     */
    boolean foldsAsciiTo(int i, char[] key, int at) {
        for (int c = start[i], k = at; c < end[i]; c++, k++) {
            char ch = chars[c];
            if ((ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) != key[k]) {
                return false;
            }
        }
        return true;
    }

    /** {@code NameKeys.extend(h, folded(i))}: a word all in ASCII is hashed from its chars, not folded into a string. */
    long extendKey(long h, int i) {
        return (shape[i] & ASCII) != 0 ? NameKeys.extendLowerAscii(h, chars, start[i], end[i]) : NameKeys.extend(h, folded(i));
    }

    /**
     * True when word i folds to {@code word} (lower-case ASCII): the same answer as {@code
     * folded(i).equals(word)}, but a word all in ASCII is told apart by its hash first, then by
     * its chars, and never folded.
     */
    boolean is(int i, String word) {
        if ((shape[i] & ASCII) == 0) {
            return folded(i).equals(word);
        }
        if (foldedHash[i] != word.hashCode() || end[i] - start[i] != word.length()) {
            return false;
        }
        for (int c = start[i], k = 0; c < end[i]; c++, k++) {
            char ch = chars[c];
            if ((ch >= 'A' && ch <= 'Z' ? (char) (ch + 32) : ch) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the text holds one of the phrases anywhere, found once per text and list: a
     * pass that looks for the phrases in the line of each name learns at once that most texts
     * hold none. {@code phrases} is a constant list, remembered by identity.
     */
    boolean holdsAny(java.util.List<String> phrases) {
        if (holds == null) {
            holds = new java.util.IdentityHashMap<>();
        }
        return holds.computeIfAbsent(phrases, ps -> ps.stream().anyMatch(text::contains));
    }

    /** The words chained by length, with a case-blind hash: the tokens that may spell a word, whatever their case. */
    CaseBlindWords caseBlind() {
        if (caseBlind == null) {
            caseBlind = new CaseBlindWords(this);
        }
        return caseBlind;
    }

    /** True when word i and i + 1 are parts of one name: only a space, hyphen or apostrophe between. */
    boolean joined(int i) {
        return (shape[i] & JOINED) != 0;
    }

    private boolean joinedByGap(int i) {
        if (i + 1 >= size) {
            return false;
        }
        int gap = start[i + 1] - end[i];
        if (gap != 1) {
            return false;
        }
        char c = chars[end[i]];
        return c == ' ' || c == '-' || c == '\'' || c == '\u2019' || c == '`' || c == '\u2018' || c == '\u2010'
                || c == '.' && initial(i) && initial(i + 1);
    }

    /**
     * True when word i is one capital letter: the letters of a dotted initialism ("U.S.", "U.K.")
     * are joined by their full stops, as the words of a name are by spaces.
     */
    private boolean initial(int i) {
        return end[i] - start[i] == 1 && chars[start[i]] >= 'A' && chars[start[i]] <= 'Z';
    }

    /** The characters between word i - 1 and word i (or the text before word 0). */
    String gapBefore(int i) {
        return text.substring(i == 0 ? 0 : end[i - 1], start[i]);
    }

    /** The characters between word i and word i + 1 (or the rest of the text after the last). */
    String gapAfter(int i) {
        return text.substring(end[i], i + 1 < size ? start[i + 1] : text.length());
    }

    /** True when the characters between word i and the next are exactly {@code gap}; allocates nothing. */
    boolean gapIs(int i, String gap) {
        if (gap.length() == 1 && gap.charAt(0) == ' ') {
            return (shape[i] & SPACE_AFTER) != 0;
        }
        if (gap.length() == 1 && gap.charAt(0) == '-') {
            return (shape[i] & HYPHEN_AFTER) != 0;
        }
        return gapIsScanned(i, gap);
    }

    private boolean gapIsScanned(int i, String gap) {
        int to = i + 1 < size ? start[i + 1] : text.length();
        return to - end[i] == gap.length() && text.startsWith(gap, end[i]);
    }

    /** True when a lower-case "the" stands one space before word i: "the Shah", "the Minga" name no town. */
    boolean afterThe(int i) {
        return i > 0 && gapIs(i - 1, " ") && !capitalized(i - 1) && is(i - 1, "the");
    }

    /**
     * True when word i opens a sentence, a line or a quotation. Quotes and brackets between are
     * passed over, closing ones too: a sentence may end inside them ("charged with \u201cspreading
     * corruption.\u201d In Qom").
     */
    boolean sentenceInitial(int i) {
        char[] chars = this.chars;
        for (int k = start[i] - 1; k >= 0; k--) {
            char c = chars[k];
            if (c == ' ' || c == '"' || c == '\u201c' || c == '\u201d' || c == '\'' || c == '\u2018' || c == '\u2019'
                    || c == '(' || c == '[' || c == ')' || c == ']') {
                continue;
            }
            return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\u2014' || c == '\u2013'
                    || c == ';' || c == '\u2026';
        }
        return true;
    }

    /** Brackets and quotes around a run of non-space chars, and commas or semicolons after it, left out before it is read as a link. */
    private static final java.util.regex.Pattern LINK_TRIM =
            java.util.regex.Pattern.compile("[,;)(\"'\u201c\u201d]+$|^[(\"'\u201c]+"); // compiled once, not per run with a slash

    /**
     * True when the word is part of a hashtag, handle, e-mail address or URL. A slash alone
     * between words ("KHARTOUM/CAIRO, Jan 14", "Tehran/Karaj") makes no link: a path or URL also
     * has a dot, a colon or a slash at an end.
     */
    boolean inTagOrLink(int i) {
        char[] chars = this.chars;
        int from = start[i];
        while (from > 0 && !Character.isWhitespace(chars[from - 1])) {
            from--;
        }
        int to = end[i];
        while (to < chars.length && !Character.isWhitespace(chars[to])) {
            to++;
        }
        boolean slash = false;
        boolean linkish = false;
        for (int k = from; k < to; k++) {
            char c = chars[k];
            if (c == '#' || c == '@' || c == '_') {
                return true;
            }
            slash |= c == '/';
            linkish |= c == '.' && k > from && k + 1 < to && Character.isLetterOrDigit(chars[k + 1]) || c == ':';
        }
        if (!slash) {
            return false;
        }
        String run = LINK_TRIM.matcher(text.substring(from, to)).replaceAll("");
        return linkish || run.startsWith("/") || run.endsWith("/") || run.contains("//");
    }
}
