package org.attest.quantities;

import java.util.List;

/**
 * The label that opens a line of a table or list written as text, for a number with no noun of
 * its own after its colon ("Total executions: 834"). Asked by {@link UnitInference}.
 */
final class LineLabels {
    private final NounPhraseReader phrases;

    LineLabels(NounPhraseReader phrases) {
        this.phrases = phrases;
    }

    /** Marks that open the line of a list ("• Executions: 166"). */
    private static final String BULLETS = "\u2022\u00b7\u25aa\u25cf*-\u2013\u2014";

    /** At most this many tokens in a label before a colon ("Executions for drug offences:"). */
    private static final int LABEL_TOKENS = 8;

    /**
     * "Total executions: 834", "• Women executed: 31": in a line of a table or list written as
     * text, a number right after a colon counts what the label that opens the line names. The
     * figure closes such a line; words after it on the same line make the line a headline or a
     * kicker ("Paris: over 2 million in the streets", "Strike: 1.2 million according to the
     * union"), whose opening names a place or a topic, not what was counted.
     */
    String label(String text, List<Token> t, int numberFirst, int after) {
        int colon = numberFirst - 1;
        if (colon < 1 || !t.get(colon).isSymbol(':')) {
            return null;
        }
        if (after < t.size() && t.get(after).isWord() && !startsLine(text, t.get(after).start())) {
            return null;
        }
        for (int k = colon - 1; k >= 0 && k >= colon - LABEL_TOKENS; k--) {
            boolean bullet = k < colon - 1 && BULLETS.indexOf(t.get(k).lower().charAt(0)) >= 0 && !t.get(k).isWord();
            if (!t.get(k).isWord() && !t.get(k).isSymbol('-') && !bullet) {
                return null;
            }
            if (startsLine(text, t.get(k).start())) {
                UnitReader.Unit phrase = phrases.phrase(text, t, bullet ? k + 1 : k);
                return phrase == null || phrase.nonCount() || phrase.last() >= colon ? null : phrase.unit();
            }
        }
        return null;
    }

    /** True when only white space stands between the last line break (or the text start) and {@code at}. */
    private static boolean startsLine(String text, int at) {
        for (int k = at - 1; k >= 0; k--) {
            char c = text.charAt(k);
            if (c == '\n') {
                return true;
            }
            if (!Tokenizer.isSpace(c)) {
                return false;
            }
        }
        return true;
    }
}
