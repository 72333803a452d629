package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a security force giving its plain account of an operation: "Police said 30 people
 * were hurt", "Riot police in the capital said the night passed calmly". The force is the source
 * of the facts the sentence reports, as a witness is, not news of its own; a force that denies,
 * warns or urges, a quoted word ("police said they had used 'minimal force'") or an officer named
 * by title ("the police chief said") stays a statement.
 */
final class ForceAccounts {
    /** Words of a force that reports its operations: "police". */
    private static final Set<String> FORCES = WordSets.named("account-giving-forces");
    /** Plain reporting verbs: "said", "told"; "denied" or "warned" take a stand and stay statements. */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");
    /** Titles and offices that make the speaker an official: "chief", "spokesperson", "minister". */
    private static final Set<String> OFFICIAL = WordSets.named("official-speakers");

    private ForceAccounts() {}

    /**
     * True when the plain reporting verb at {@code verb} has for subject, from the clause's start,
     * a force named by no officer's title, and no quotation follows it in the sentence.
     */
    static boolean account(List<Token> tokens, int verb) {
        if (!tokens.get(verb).word() || !PLAIN_VERBS.contains(tokens.get(verb).lower())) {
            return false;
        }
        boolean force = false;
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (t.quote() || !t.surface().equals(".")) {
                    break; // a comma, dash or quote opens the clause
                }
                continue;
            }
            String w = t.lower();
            if (FORCES.contains(w)) {
                force = true;
            } else if (OFFICIAL.contains(w)) {
                return false; // "the police chief", "Interior Ministry police" speak as officials
            }
        }
        return force && !quoteAfter(tokens, verb);
    }

    private static boolean quoteAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return true;
            }
        }
        return false;
    }
}
