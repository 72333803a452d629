package org.attest.events;

import java.util.List;

/**
 * A statement named by its medium between a reporting verb and that verb's date: "said in a
 * televised address on Thursday", "said in a statement on Friday". The medium is the statement's
 * trigger; the date after it is when the speaker spoke, the statement's own, though it follows
 * the medium rather than the verb. Without this the date is only the verb's, and the statement
 * would take the date of the context instead (the lead's day before).
 */
final class SpeechMedia {
    private static final String STATEMENT = "statement";

    private SpeechMedia() {}

    /**
     * True when hit {@code h} is a statement that stands wholly between the reporting verb at token
     * {@code verb} and the date starting at token {@code date}, with no clause break among them.
     */
    static boolean between(Hit h, int verb, int date, List<Token> tokens) {
        if (verb < 0 || date < 0 || !STATEMENT.equals(h.type()) || h.first() <= verb || h.last() >= date) {
            return false;
        }
        for (int k = verb + 1; k < date; k++) {
            if (tokens.get(k).clauseBreak()) {
                return false;
            }
        }
        return true;
    }
}
