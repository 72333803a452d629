package org.attest.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two-char ASCII openings after which a pattern can still match a whole line: a line that
 * opens with any other two ASCII chars cannot match, so the costly matcher (one per line, with
 * the joined alternation's many groups) need not run. Each opening is asked of the pattern
 * itself once, at load: the two chars alone either match or run out of input before the pattern
 * fails ({@link Matcher#hitEnd()}); when neither, no longer line opening so can match. Lines
 * shorter than two chars or opening with a char outside ASCII are always tried. Immutable.
 */
final class Openings {
    private final long[] bits = new long[128 * 128 / 64];

    private Openings() {}

    static Openings of(Pattern pattern) {
        Openings o = new Openings();
        char[] two = new char[2];
        for (int a = 0; a < 128; a++) {
            Matcher one = pattern.matcher(String.valueOf((char) a));
            if (!one.matches() && !one.hitEnd()) {
                continue; // as for two chars: no line opening with this one can match, whatever follows it
            }
            for (int b = 0; b < 128; b++) {
                two[0] = (char) a;
                two[1] = (char) b;
                Matcher m = pattern.matcher(new String(two));
                if (m.matches() || m.hitEnd()) {
                    int k = a * 128 + b;
                    o.bits[k >>> 6] |= 1L << k;
                }
            }
        }
        return o;
    }

    /** The openings of any of the patterns: those of an alternation of them. */
    static Openings union(List<Openings> each) {
        Openings o = new Openings();
        for (Openings e : each) {
            for (int k = 0; k < o.bits.length; k++) {
                o.bits[k] |= e.bits[k];
            }
        }
        return o;
    }

    /** False only when no line opening as {@code line} does can match the pattern. */
    boolean mayOpen(String line) {
        if (line.length() < 2) {
            return true;
        }
        char a = line.charAt(0);
        char b = line.charAt(1);
        if ((a | b) >= 128) {
            return true;
        }
        int k = a * 128 + b;
        return (bits[k >>> 6] & (1L << k)) != 0;
    }
}
