package org.attest.dates;

import java.util.Arrays;

/**
 * Quotations that close before a date. A speaker's own words keep their own time: in "'We will not
 * give up,' the minister said on Saturday" the "will" belongs to the quote, and the Saturday to the
 * saying, which is past. A quotation still open at the date ("'We will march on Saturday,' ...")
 * holds the date and is kept.
 */
final class QuotesBefore {

    /** How far back a quotation is looked for: a sentence's reach, as the cue window. */
    static final int REACH = 400;

    private QuotesBefore() {
    }

    /**
     * {@code text} with each quotation that both opens and closes in the paragraph before {@code at}
     * (at most {@value #REACH} characters back) replaced by spaces (offsets unchanged); {@code text} itself when there is none.
     */
    static String blanked(String text, int at) {
        // a paragraph opens with no quotation open, so pairs of straight quotes are counted from there
        int from = Math.max(text.lastIndexOf('\n', at - 1) + 1, at - REACH);
        char[] chars = null;
        int open = -1;
        for (int i = from; i < at; i++) {
            char c = text.charAt(i);
            boolean straight = c == '"';
            if (c == '\u201C' || straight && open < 0) {
                open = i;
            } else if ((c == '\u201D' || straight) && open >= 0) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                Arrays.fill(chars, open, i + 1, ' ');
                open = -1;
            }
        }
        return chars == null ? text : new String(chars);
    }
}
