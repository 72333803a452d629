package org.attest.events;

import java.util.List;

/**
 * Dates a clause of "after" keeps apart: in "protests spread on Friday, after a van ran over and
 * killed a man the previous night", the Friday is the spread's, and the killing the clause tells
 * takes the date of its own clause.
 */
final class AfterClauses {
    private AfterClauses() {}

    /**
     * True when "after" opens a clause between the date ending at token {@code dateLast} and hit
     * {@code h}, with no comma between the opener and the hit: the hit is told inside that clause.
     * "On Friday, after the verdict, crowds marched" puts the march outside it.
     */
    static boolean hitInsideAfter(Hit h, int dateLast, List<Token> tokens) {
        if (dateLast < 0) {
            return false;
        }
        for (int k = h.first() - 1; k > dateLast; k--) {
            Token t = tokens.get(k);
            if (t.surface().equals(",") || t.surface().equals(";")) {
                return false;
            }
            if (t.lower().equals("after")) {
                return true;
            }
        }
        return false;
    }
}
