package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A vote, arrest, execution, killing or death sentence that is only asked for: "demanding early
 * parliamentary elections", "a rally called for snap elections", "pressed for the arrest of the
 * officers". What a demand names has not happened. A boycott demanded is a boycott call, and a
 * protest demanded keeps its own cues, so only these types are looked at; a demand in another
 * clause ("supporters, demanding a recount, gathered as the election results came in") is not.
 * A vote with "the" after the demand is one already set, the demand is about something else:
 * "calls for the election to be postponed". A preposition between them ends the demand's object:
 * in "called for calm after the arrest of nine growers" the arrest happened.
 */
final class Demands {
    private Demands() {}

    /** Words looked at before the hit: the demand verb, then up to three modifiers ("early parliamentary"). */
    private static final int WINDOW = 4;

    private static final Set<String> TYPES = WordSets.named("demanded-types");
    private static final Set<String> DEMAND_VERBS = WordSets.named("demand-verbs");
    private static final Set<String> ASK_FOR_VERBS = WordSets.named("ask-for-verbs");
    private static final TokenSet OBJECT_ENDS = TokenSet.named("demand-ends");

    /** True when a demand verb, or an asking verb and its "for", stands a few words before the hit in its clause. */
    static boolean demanded(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type())) {
            return false;
        }
        int words = 0;
        for (int i = h.first() - 1; i >= 0 && words < WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (OBJECT_ENDS.has(t)) {
                return false;
            }
            if (t.lower().equals("the") && h.type().equals("election")) {
                return false;
            }
            if (DEMAND_VERBS.contains(t.lower())) {
                return true;
            }
            if (t.lower().equals("for") && i > 0 && tokens.get(i - 1).word()
                    && ASK_FOR_VERBS.contains(tokens.get(i - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
