package org.attest.events;

import org.attest.model.Span;

/**
 * A trigger phrase found in a sentence.
 *
 * @param trigger the lexicon line that matched
 * @param first   index of its first token in the sentence's token list
 * @param last    index of its last token, inclusive
 * @param start   document offset of the first token's start
 * @param end     document offset of the last token's end
 */
record Hit(Trigger trigger, int first, int last, int start, int end) {
    String type() {
        return trigger.type();
    }

    /**
     * Document offsets from the first token's start to the last token's end. Made on request:
     * most hits a sentence yields are dropped by the passes before anything asks.
     */
    Span span() {
        return new Span(start, end);
    }

    int tokenLength() {
        return last - first + 1;
    }

    /**
     * True when the hit reads as an action: an "act" line matched as a phrase, or as a single word
     * in the form the lexicon wrote or an -ed/-ing form ("arrested", not the noun "arrests").
     */
    boolean actionForm(java.util.List<Token> tokens) {
        if (!trigger.action()) {
            return false;
        }
        if (trigger.words().size() > 1) {
            return true;
        }
        String lower = tokens.get(first).lower();
        if (lower.endsWith("ed") || lower.endsWith("ing")) {
            return true; // the common case, answered before the written form is worked out
        }
        return lower.equals(Normalizer.lower(trigger.phrase().replace("=", "")));
    }

    boolean overlaps(Hit o) {
        return first <= o.last && o.first <= last;
    }
}
