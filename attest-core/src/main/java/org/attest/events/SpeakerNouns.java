package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A statement phrase that opens with its speaker ("commission said", "ministry said") or its
 * reporting verb right after the speaker ("The army said in a statement"): the
 * determiner before it ("The commission said on Monday that ...") picks out the body that speaks,
 * not a statement told before. A body that speaks again on a day of its own says something new,
 * so such a phrase never points back to the report's earlier statement.
 */
final class SpeakerNouns {
    private SpeakerNouns() {}

    /** Plain reporting verbs that open a statement phrase: "said in a statement". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");

    /**
     * True when the statement hit is more than one word and its first word is an official speaker,
     * or when it opens with a plain reporting verb right after a one-word subject ("The ministry said
     * in a statement", "The army said in a statement"): the determiner is the subject's.
     */
    static boolean opens(List<Token> tokens, Hit hit) {
        if (!hit.type().equals("statement") || hit.last() == hit.first()) {
            return false;
        }
        Token first = tokens.get(hit.first());
        return SpeakerPass.OFFICIAL.contains(first.lower())
                || first.word() && PLAIN_VERBS.contains(first.lower()) && hit.first() >= 1 && tokens.get(hit.first() - 1).word();
    }
}
