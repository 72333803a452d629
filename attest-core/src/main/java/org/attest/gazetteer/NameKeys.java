package org.attest.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * How place names become lookup keys. Both the gazetteer builder and the geoparser use these
 * functions, so a name in a report and a name in GeoNames meet on the same key.
 *
 * <ul>
 * <li>{@link #fold}: lower case, accents removed, letters such as ø, ł, ß spelled out.</li>
 * <li>{@link #tokens}: a folded name split on anything that is not a letter or digit, so
 *     hyphens, apostrophes and spaces are all one separator ("Qa'em Shahr" = "qa em shahr").</li>
 * <li>{@link #exactKey}: the tokens joined by single spaces.</li>
 * <li>{@link #skeleton}: a transliteration-tolerant key: ezafe particles dropped
 *     ("Shahr-e Kord" = "Shahre Kord" = "Shahr Kord"), ou/oo/o/u and ey/i merged as runs of
 *     vowels, gh = q, w = v, doubled letters single, no separators. It is deliberately lossy and is
 *     only consulted when the exact key finds nothing.</li>
 * </ul>
 */
public final class NameKeys {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private NameKeys() {}

    /** Lower-cased, accent-free form of {@code s}. Cheap for plain ASCII input. */
    public static String fold(CharSequence s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s.toString().toLowerCase(java.util.Locale.ROOT);
        }
        String d = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder b = new StringBuilder(d.length());
        for (int i = 0; i < d.length(); i++) {
            char c = d.charAt(i);
            int type = Character.getType(c);
            if (type == Character.NON_SPACING_MARK || type == Character.FORMAT) {
                continue;
            }
            switch (c) {
                case 'ø', 'Ø' -> b.append('o');
                case 'ł', 'Ł' -> b.append('l');
                case 'ß' -> b.append("ss");
                case 'æ', 'Æ' -> b.append("ae");
                case 'đ', 'Đ' -> b.append('d');
                case 'ı' -> b.append('i');
                case 'ي', 'ى' -> b.append('ی');
                case 'ك' -> b.append('ک');
                case 'ة' -> b.append('ه');
                case 'ـ' -> { } // tatweel: a stretch, not a letter
                default -> b.append(Character.toLowerCase(c));
            }
        }
        return b.toString();
    }

    /** The tokens of a folded name: maximal runs of letters and digits. */
    public static List<String> tokens(String folded) {
        List<String> out = new ArrayList<>(4);
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean word = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (word && start < 0) {
                start = i;
            } else if (!word && start >= 0) {
                out.add(folded.substring(start, i));
                start = -1;
            }
        }
        return out;
    }

    public static String exactKey(List<String> tokens) {
        return String.join(" ", tokens);
    }

    /** The exact key of a raw name. */
    public static String exactKey(String name) {
        return exactKey(tokens(fold(name)));
    }

    /** True for the Persian ezafe and similar joiners written as their own token. */
    static boolean isEzafe(String token) {
        return token.equals("e") || token.equals("ye") || token.equals("i") || token.equals("ol")
                || token.equals("al") || token.equals("el");
    }

    /** The transliteration-tolerant key of folded tokens; empty when nothing is left. */
    public static String skeleton(List<String> tokens) {
        StringBuilder joined = new StringBuilder(24);
        int n = tokens.size();
        for (int i = 0; i < n; i++) {
            String t = tokens.get(i);
            boolean inner = i > 0 && i < n - 1;
            if (inner && isEzafe(t)) {
                continue;
            }
            if (t.length() > 3 && t.endsWith("eh")) {
                t = t.substring(0, t.length() - 1);
            }
            if (i < n - 1 && t.length() > 3 && t.endsWith("e")) {
                t = t.substring(0, t.length() - 1); // an ezafe written onto the word: "Shahre Kord"
            }
            joined.append(t);
        }
        return consonantFrame(joined);
    }

    public static String skeleton(String name) {
        return skeleton(tokens(fold(name)));
    }

    private static boolean vowel(char c) {
        return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
    }

    private static String consonantFrame(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        char last = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            char next = i + 1 < s.length() ? s.charAt(i + 1) : 0;
            if (c == 'g' && next == 'h') {
                c = 'q';
                i++;
            } else if (c == 'w') {
                c = 'v';
            } else if (c == 'c' && next == 'k') {
                continue;
            }
            if (vowel(c)) {
                // the first letter keeps its identity: "Abadan" and "Ubadan" stay apart
                c = b.length() == 0 ? (c == 'u' || c == 'o' ? 'o' : c) : '_';
            }
            if (c == last) {
                continue;
            }
            b.append(c);
            last = c;
        }
        return b.toString();
    }

    /** 64-bit FNV-1a hash of {@code s}, never 0 (0 marks an empty slot). */
    public static long hash(CharSequence s) {
        return finish(extend(FNV_OFFSET, s));
    }

    public static long start() {
        return FNV_OFFSET;
    }

    public static long extend(long h, CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            h ^= s.charAt(i);
            h *= FNV_PRIME;
        }
        return h;
    }

    /**
     * {@link #extend} with the lower-case form of {@code s[from, to)}, a stretch all in ASCII (its
     * folded form): the same key, without making the string.
     */
    public static long extendLowerAscii(long h, char[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s[i];
            h ^= c >= 'A' && c <= 'Z' ? c + 32 : c;
            h *= FNV_PRIME;
        }
        return h;
    }

    public static long extendSeparator(long h) {
        h ^= ' ';
        return h * FNV_PRIME;
    }

    public static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        return h == 0 ? 1 : h;
    }

    /** Edit distance of two strings, or {@code max + 1} as soon as it must exceed {@code max}. */
    public static int boundedDistance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            int rowMin = cur[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
