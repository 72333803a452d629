package org.attest.clean;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Which of a set of lower-case ASCII literals occur in a line, read case-insensitively in one
 * pass over the line: each needle is tried only where the line has its first letter. Gives the
 * same answers as {@code line.toLowerCase(Locale.ROOT).contains(needle)} for each needle, without
 * a lower-case copy of the line or a scan of it per needle. At most 64 needles (one bit each).
 */
final class Needles {
    static final int MAX = 64;

    private final String[] needles;
    /** The indexes of the needles starting with each ASCII character. */
    private final int[][] byFirst = new int[128][];

    /** @param needles distinct, non-empty, lower-case ASCII, at most {@link #MAX} */
    Needles(List<String> needles) {
        if (needles.size() > MAX) {
            throw new IllegalArgumentException("more than " + MAX + " needles");
        }
        this.needles = needles.toArray(String[]::new);
        Map<Character, List<Integer>> first = new LinkedHashMap<>();
        for (int k = 0; k < this.needles.length; k++) {
            String n = this.needles[k];
            if (n.isEmpty() || !isLowerAscii(n)) {
                throw new IllegalArgumentException("needle not lower-case ASCII: " + n);
            }
            first.computeIfAbsent(n.charAt(0), c -> new ArrayList<>()).add(k);
        }
        first.forEach((c, ks) -> byFirst[c] = ks.stream().mapToInt(Integer::intValue).toArray());
    }

    /** True when every character is ASCII and none is an upper-case letter. */
    static boolean isLowerAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 128 || c >= 'A' && c <= 'Z') {
                return false;
            }
        }
        return true;
    }

    /** The index of a needle, or -1. */
    int indexOf(String needle) {
        for (int k = 0; k < needles.length; k++) {
            if (needles[k].equals(needle)) {
                return k;
            }
        }
        return -1;
    }

    /** Bit k set when needle k occurs in the line, its case ignored as {@code toLowerCase(Locale.ROOT)} ignores it. */
    long in(String line) {
        long found = 0;
        int n = line.length();
        for (int i = 0; i < n; i++) {
            char raw = line.charAt(i);
            if (raw == '\u0130') {
                return slowly(line); // the one letter String.toLowerCase turns into two chars
            }
            char c = lower(raw);
            if (c >= 128) {
                continue;
            }
            int[] ks = byFirst[c];
            if (ks == null) {
                continue;
            }
            for (int k : ks) {
                if ((found & 1L << k) == 0 && at(line, i, needles[k])) {
                    found |= 1L << k;
                }
            }
        }
        return found;
    }

    private static boolean at(String line, int i, String needle) {
        if (i + needle.length() > line.length()) {
            return false;
        }
        for (int j = 1; j < needle.length(); j++) {
            if (lower(line.charAt(i + j)) != needle.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The lower case of one char as {@code String.toLowerCase(Locale.ROOT)} gives it, but for U+0130. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return Character.toLowerCase(c);
    }

    private long slowly(String line) {
        String lower = line.toLowerCase(Locale.ROOT);
        long found = 0;
        for (int k = 0; k < needles.length; k++) {
            if (lower.contains(needles[k])) {
                found |= 1L << k;
            }
        }
        return found;
    }
}
