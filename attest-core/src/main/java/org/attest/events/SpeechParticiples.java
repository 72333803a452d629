package org.attest.events;

import java.util.List;

/**
 * Tells a statement told by a participle that goes on from a speech verb ("A police spokesman
 * denied that officers used batons, describing the videos as fabricated") from a statement of its
 * own, for {@link SpeakerPass}. The participle after the comma is the same speaker's same words:
 * it neither silences the speech verb as a second statement would, nor stands beside it as one
 * more.
 */
final class SpeechParticiples {
    private SpeechParticiples() {}

    /**
     * True when {@code h} is a statement whose trigger is an -ing word right after a comma, and a
     * speech verb of {@code hits} stands before it in the sentence.
     */
    static boolean goesOn(List<Token> tokens, List<Hit> hits, Hit h) {
        if (!h.type().equals("statement") || h.trigger().form() == Trigger.Form.SPEECH || h.first() < 1) {
            return false;
        }
        Token verb = tokens.get(h.first());
        if (!verb.word() || !verb.lower().endsWith("ing") || !tokens.get(h.first() - 1).surface().equals(",")) {
            return false;
        }
        for (Hit s : hits) {
            if (s.trigger().form() == Trigger.Form.SPEECH && s.last() < h.first()) {
                return true;
            }
        }
        return false;
    }
}
