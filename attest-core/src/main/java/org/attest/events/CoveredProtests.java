package org.attest.events;

import java.util.List;

/**
 * A protest named as what the press was covering: "reporters covering protests", "detained while
 * filming a vigil", "broadcast a live video from a protest", "read our running coverage of the
 * harvest-day marches". The protest is the scene of the
 * journalist's work, which is the report's news (an arrest, a pressure); it is told for itself
 * elsewhere if at all, and coders give such a mention no protest. Only a noun hit is read, within
 * {@link #WINDOW} words after the press word and in the same clause.
 */
final class CoveredProtests {
    private CoveredProtests() {}

    /** Words looked at before the hit. */
    private static final int WINDOW = 3;
    /** Press work done at an event: "covering", "filming", "photographing". */
    private static final TokenSet COVERING = TokenSet.named("covering-verbs");
    /** Media that "from" ties to the event: "a video from a protest". */
    private static final TokenSet MEDIA = TokenSet.named("covering-media");

    /** True when a protest noun hit is the object of press work just before it. */
    static boolean covered(List<Token> tokens, Hit h) {
        if (!Strikes.protestOrStrike(h) || h.actionForm(tokens)) {
            return false;
        }
        for (int i = h.first() - 1, words = 0; i >= 0 && words < WINDOW; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false; // a comma or a dash closes the clause
            }
            words++;
            String w = t.lower();
            if (COVERING.has(t) || w.equals("from") && i > 0 && MEDIA.has(tokens.get(i - 1))) {
                return true;
            }
        }
        return coverageOf(tokens, h);
    }

    /** Words "coverage of" may stand before the hit: "running coverage of the harvest-day marches". */
    private static final int COVERAGE_WINDOW = 5;

    /** True when "coverage of" stands a few words before the hit, in the same clause. */
    private static boolean coverageOf(List<Token> tokens, Hit h) {
        for (int i = h.first() - 1, words = 0; i >= 1 && words < COVERAGE_WINDOW; i--, words++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("of")) {
                return tokens.get(i - 1).lower().equals("coverage");
            }
        }
        return false;
    }
}
