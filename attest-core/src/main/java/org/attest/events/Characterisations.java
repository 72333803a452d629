package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * An event noun that is a speaker's word for something rather than the report of a deed: "condemned
 * what he called an attack on the republic", "called the decree "an attack on every worker"". The
 * labelling verb stands a few words before an indefinite "a"/"an" that opens the noun. Only for the
 * types whose nouns speakers use as judgements ({@code labelled-types}: attack); "called a strike"
 * convenes one. After "what" a noun of any type is a label ("what it calls a rigged election"). Static helpers of {@link NegationPass}.
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
        if (h.trigger().form() != Trigger.Form.NOUN) {
            return false;
        }
        if (whatLabel(tokens, h)) {
            return true;
        }
        if (!TYPES.contains(h.type())) {
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

    /** Words between "what" and the labelling verb: "what it calls", "what the party called". */
    private static final int WHAT_REACH = 3;

    /**
     * True when a noun of any type is given as a label after "what" ("protest against what it calls a
     * rigged election", "what they described as a sham vote"): the speaker's word for something the
     * report tells elsewhere, if at all. "What" rules out the convening "called a snap election".
     * One lower-case modifier may stand between the article and the noun.
     */
    private static boolean whatLabel(List<Token> tokens, Hit h) {
        int k = h.first() - 1;
        if (k >= 1 && tokens.get(k).word() && !tokens.get(k).capitalised() && !isArticle(tokens.get(k))) {
            k--; // "a rigged election"
        }
        if (k >= 1 && tokens.get(k).word() && tokens.get(k).lower().equals("as")) {
            k--; // "described as a sham vote": "as" before the article is taken below
        }
        if (k < 1 || !isArticle(tokens.get(k))) {
            return false;
        }
        int i = k - 1;
        if (i >= 0 && tokens.get(i).word() && tokens.get(i).lower().equals("as")) {
            i--;
        }
        if (i < 1 || !tokens.get(i).word() || !LABELLING.contains(tokens.get(i).lower())) {
            return false;
        }
        for (int j = i - 1; j >= 0 && j >= i - WHAT_REACH; j--) {
            Token t = tokens.get(j);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("what")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isArticle(Token t) {
        return t.word() && (t.lower().equals("a") || t.lower().equals("an"));
    }
}
