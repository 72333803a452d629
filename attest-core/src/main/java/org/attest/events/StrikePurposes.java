package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A protest told as a strike's purpose: "dockworkers stopped work on Sunday, demanding their wages
 * and protesting against a new shift system", "teachers went on strike in protest at low pay". The
 * word says why they strike, as "in protest" says it of a hunger strike (the lexicon's longer
 * line); the strike is the one happening, no protest beside it. "Protesting outside the ministry"
 * tells a gathering of its own, and stays. A call to stay away says its purpose so too ("urged
 * shopkeepers to keep their shutters down in protest over the fuel price", "urged a boycott of the vote in
 * protest against the arrests", "called on traders to close their shops on Monday in protest."): the call
 * is the news, the protest its reason.
 */
final class StrikePurposes implements HitPass {
    /** Words right after "protesting" or "in protest" that open what the protest is against. */
    private static final Set<String> PURPOSE = WordSets.named("strike-purpose-prepositions");

    @Override
    public String name() {
        return "strike-purposes";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        int strike = -1;
        for (Hit h : hits) {
            if (Strikes.strike(h) || h.type().equals("boycott_call")) {
                strike = h.last();
                break;
            }
        }
        if (strike < 0) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(h.first() > strike && purpose(tokens, h))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /**
     * True when protest hit {@code h} is "protesting" or "in/to protest" followed by "against", "over", "at",
     * or a bare "in protest" that ends its clause ("to close their shops on Monday in protest.").
     */
    private static boolean purpose(List<Token> tokens, Hit h) {
        if (!h.type().equals("protest") || h.first() != h.last()) {
            return false;
        }
        String w = tokens.get(h.first()).lower();
        String before = h.first() > 0 ? tokens.get(h.first() - 1).lower() : "";
        if (w.equals("protest") && before.equals("in") && clauseEnds(tokens, h.last() + 1)) {
            return true;
        }
        if (h.last() + 1 >= tokens.size() || !PURPOSE.contains(tokens.get(h.last() + 1).lower())) {
            return false;
        }
        return w.equals("protesting") || w.equals("protest") && (before.equals("in") || before.equals("to"));
    }

    /** True when nothing follows {@code k} in the sentence, or a clause break stands at {@code k}. */
    private static boolean clauseEnds(List<Token> tokens, int k) {
        return k >= tokens.size() || tokens.get(k).clauseBreak();
    }
}
