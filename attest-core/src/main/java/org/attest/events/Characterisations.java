package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event noun that is a speaker's word for something rather than the report of a deed: "condemned
 * what he called an attack on the republic", "called the decree "an attack on every worker"". The
 * labelling verb stands a few words before an indefinite "a"/"an" that opens the noun. Only for the
 * types whose nouns speakers use as judgements ({@code labelled-types}: attack); "called a strike"
 * convenes one. Static helpers of {@link NegationPass}.
 */
final class Characterisations {
    private Characterisations() {}

    /** Verbs that give something a name: "called", "branded", "described (as)". */
    private static final Set<String> LABELLING = WordSets.named("labelling-verbs");
    /** Types whose nouns a speaker may give as a judgement. */
    private static final Set<String> TYPES = WordSets.named("labelled-types");
    /** Words an object or "as" may take between the labelling verb and the article: "called the order an". */
    private static final int REACH = 4;
    private static final Set<String> QUOTES = Set.of("\"", "\u201c", "'", "\u2018");

    /** True when the noun hit is given as a label: "what he called an attack". */
    static boolean labelled(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type()) || h.trigger().form() != Trigger.Form.NOUN) {
            return false;
        }
        int k = h.first() - 1;
        if (k >= 0 && QUOTES.contains(tokens.get(k).surface())) {
            k--;
        }
        if (k < 1 || !(tokens.get(k).lower().equals("a") || tokens.get(k).lower().equals("an"))) {
            return false;
        }
        int words = 0;
        for (int i = k - 1; i >= 0 && words <= REACH; i--) {
            Token t = tokens.get(i);
            if (QUOTES.contains(t.surface())) {
                continue; // the label quoted: called the decree "an attack"
            }
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word()) {
                if (LABELLING.contains(t.lower())) {
                    return true;
                }
                words++;
            }
        }
        return false;
    }
}
