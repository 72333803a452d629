package org.attest.events;

import java.util.List;

/**
 * A sentence that asks rather than tells: "Why arrest them?", "Will the strikes spread?". A
 * question reports no happening, whatever trigger words it holds; the events it is about are
 * told, if at all, in the sentences around it.
 */
final class Questions {
    private Questions() {}

    /** True when the sentence's last mark, closing quotes and brackets aside, is a question mark. */
    static boolean asked(List<Token> tokens) {
        for (int k = tokens.size() - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.word()) {
                return false;
            }
            String s = t.surface();
            if (s.equals("?")) {
                return true;
            }
            if (!t.quote() && !s.equals(")") && !s.equals("]")) {
                return false;
            }
        }
        return false;
    }
}
