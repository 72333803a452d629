package org.attest.events;

import java.util.List;

/**
 * A statement phrase that opens with its speaker ("commission said", "ministry said"): the
 * determiner before it ("The commission said on Monday that ...") picks out the body that speaks,
 * not a statement told before. A body that speaks again on a day of its own says something new,
 * so such a phrase never points back to the report's earlier statement.
 */
final class SpeakerNouns {
    private SpeakerNouns() {}

    /** True when the statement hit is more than one word and its first word is an official speaker. */
    static boolean opens(List<Token> tokens, Hit hit) {
        return hit.type().equals("statement") && hit.last() > hit.first()
                && SpeakerPass.OFFICIAL.contains(tokens.get(hit.first()).lower());
    }
}
