package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event a statement's verb takes as its object with a referring word ("condemned the killing",
 * "denounced these arrests") is the statement's topic, told before; a date after that object
 * ("condemned the killing on social media on Monday") dates the statement, not a new telling of
 * the event. Static helper of {@link DatePass}.
 */
final class ObjectsOfSpeech {
    /** Words that point back to events told before: "the", "these", "earlier". */
    private static final Set<String> REFERRING = WordSets.named("referring-determiners");

    private ObjectsOfSpeech() {}

    /**
     * True when hit {@code i} is the object of a statement hit right before it, a referring word
     * between, and the date starting at token {@code first} comes after it.
     */
    static boolean objectBeforeDate(List<Hit> hits, int i, int first, List<Token> tokens) {
        Hit h = hits.get(i);
        int det = h.first() - 1;
        if (first <= h.last() || det < 1 || !REFERRING.contains(tokens.get(det).lower())) {
            return false;
        }
        for (Hit o : hits) {
            if (o != h && o.type().equals("statement") && o.last() == det - 1) {
                return true;
            }
        }
        return false;
    }
}
