package org.attest.events;

import java.util.List;

/**
 * A date inside quoted words that no event of the sentence is told in: "hung banners reading
 * \u201cRaisi, the henchman of 1988, must face justice\u201d", "chanted \u201cRemember November 2019\u201d".
 * The date belongs to the slogan or the speaker's words, not to the hanging of the banners or the
 * chanting. A date quoted beside an event told in the same quotation ("said: \u201cThey arrested my
 * son on Monday\u201d") stays that event's. Curly quotes open and close, a straight quote toggles,
 * as in {@link QuoteState}; the sentence is read as opening outside a quotation. Static helper of
 * {@link DatePass}.
 */
final class QuotedDates {
    private QuotedDates() {}

    /**
     * True when the token {@code first} of a date stands inside a quotation of the sentence and no
     * hit starts inside that same quotation: the date dates no hit.
     */
    static boolean quotedApart(int first, List<Hit> hits, List<Token> tokens) {
        int[] segment = segments(tokens);
        if (first < 0 || segment[first] == 0) {
            return false;
        }
        for (Hit h : hits) {
            if (h.first() < tokens.size() && segment[h.first()] == segment[first]) {
                return false;
            }
        }
        return true;
    }

    /** True when the hit starts inside a quotation of the sentence. */
    static boolean quoted(Hit h, List<Token> tokens) {
        return h.first() < tokens.size() && segments(tokens)[h.first()] != 0;
    }

    /** For each token, 0 outside quotations, else the number of the quotation it stands in (from 1). */
    private static int[] segments(List<Token> tokens) {
        int[] out = new int[tokens.size()];
        boolean open = false;
        int n = 0;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.quote()) {
                char c = t.surface().charAt(0);
                boolean closing = c == '\u201d' || c == '\u00bb' || (c != '\u201c' && c != '\u00ab' && open);
                if (!open && !closing) {
                    open = true;
                    n++;
                } else if (open && closing) {
                    open = false;
                }
                continue;
            }
            out[i] = open ? n : 0;
        }
        return out;
    }
}
