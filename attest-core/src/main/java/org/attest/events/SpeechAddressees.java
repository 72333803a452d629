package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A medium a speaker told, standing between the verb and the day it dates: "told the state news
 * agency on Monday", "told the Kessel Daily Herald newspaper on Friday". The day is the telling's,
 * as in "told reporters on Monday", however many words name the medium. Static helper of
 * {@link DateClauses}.
 */
final class SpeechAddressees {
    private SpeechAddressees() {}

    /** Verbs whose object is the one spoken to. */
    private static final Set<String> VERBS = WordSets.named("addressing-verbs");
    /** Media such an object may end with. */
    private static final Set<String> MEDIA = WordSets.named("addressee-media");
    /** Words between the determiner and the medium at most: "the semi-official Kessel news agency". */
    private static final int NAME_WORDS = 4;

    /**
     * The index of the verb of telling when token {@code noun}, right before a date, ends its
     * object: a medium after a determiner and a few words; -1 otherwise.
     */
    static int verbBefore(List<Token> tokens, int noun) {
        if (noun < 2 || !tokens.get(noun).word() || !MEDIA.contains(tokens.get(noun).lower())) {
            return -1;
        }
        for (int det = noun - 1; det >= Math.max(1, noun - 1 - NAME_WORDS); det--) {
            Token t = tokens.get(det);
            if (!t.word()) {
                return -1;
            }
            if (DateClauses.DETERMINERS.contains(t.lower())) {
                return tokens.get(det - 1).word() && VERBS.contains(tokens.get(det - 1).lower()) ? det - 1 : -1;
            }
        }
        return -1;
    }
}
