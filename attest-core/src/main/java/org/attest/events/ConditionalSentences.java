package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence that opens with a condition: "If no party wins a majority, a second round will be
 * held on 9 May", "Unless the wages are paid, the drivers will strike on Monday". Its main clause
 * tells what follows only should the condition come true, so neither clause reports a happening;
 * the guard word "if" of {@code guards.tsv} reaches only the triggers of its own clause, not those
 * after the comma that closes it. A speech verb or frame stays ("If the wages are not paid, the
 * drivers will strike, the union said": the saying took place).
 */
final class ConditionalSentences {
    /** Words that open a condition: "if", "unless". */
    private static final Set<String> OPENERS = WordSets.named("conditional-openers");

    private ConditionalSentences() {}

    /** True when the sentence's first word opens a condition and the hit is no speech verb or frame. */
    static boolean conditional(List<Token> tokens, Hit h) {
        Trigger.Form form = h.trigger().form();
        if (form == Trigger.Form.SPEECH || form == Trigger.Form.FRAME || tokens.isEmpty()) {
            return false;
        }
        Token first = tokens.get(0);
        return first.word() && OPENERS.contains(first.lower());
    }
}
