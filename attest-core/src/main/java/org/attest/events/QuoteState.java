package org.attest.events;

import java.util.List;

/**
 * Tracks whether a quotation is open across the sentences of one paragraph, and who opened it,
 * so that a quoted sentence inherits the speaker named where the quote began
 * ("They continued, “... . The arrests ...”"). Curly quotes open and close; a straight quote
 * toggles. One instance per document run.
 */
final class QuoteState {
    private boolean open;
    private String speaker;

    boolean open() {
        return open;
    }

    /** The claimant of the sentence that opened the current quote, or null. */
    String speaker() {
        return speaker;
    }

    void newParagraph() {
        open = false;
        speaker = null;
    }

    /** True when a quote is open after these tokens and was not before them. */
    boolean opensIn(List<Token> tokens) {
        return !open && openAfter(tokens, false);
    }

    /**
     * Updates the state with one sentence's tokens; {@code claimant} is that sentence's claimant,
     * needed only when {@link #opensIn} is true.
     */
    void scan(List<Token> tokens, String claimant) {
        boolean wasOpen = open;
        open = openAfter(tokens, open);
        if (open && !wasOpen) {
            speaker = claimant;
        }
    }

    private static boolean openAfter(List<Token> tokens, boolean open) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.quote()) {
                continue;
            }
            char c = t.surface().charAt(0);
            if (c == '\u201c' || c == '\u00ab') {
                open = true;
            } else if (c == '\u201d' || c == '\u00bb') {
                open = false;
            } else {
                open = !open;
            }
        }
        return open;
    }
}
