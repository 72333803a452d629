package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Drops a hit when a negation or hypothetical word ({@code guards.tsv}) stands among the
 * {@link #WINDOW} tokens before it in the same clause: "no protests were held", "were not
 * arrested", "could be executed". Words after the trigger are not looked at, since "the arrests
 * have not stopped them" still reports arrests.
 */
final class NegationPass implements HitPass {
    static final int WINDOW = 3;
    private final EventLexicon lexicon;

    NegationPass(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    @Override
    public String name() {
        return "negation";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!guarded(sentence.tokens(), h.first())) {
                kept.add(h);
            }
        }
        return kept;
    }

    private boolean guarded(List<Token> tokens, int first) {
        for (int i = first - 1, seen = 0; i >= 0 && seen < WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word()) {
                if (lexicon.isGuard(t)) {
                    return true;
                }
                seen++;
            }
        }
        return false;
    }
}
