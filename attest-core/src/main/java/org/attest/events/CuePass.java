package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a hit only when one of its "requires" cues stands within {@link #WINDOW} tokens of the
 * phrase (or anywhere in the sentence, for "@" cues) and none of its "unless" cues does. This is how one word gives different
 * types in different company: "boycott" with "call" is a boycott call, "rally" with "chanted"
 * a street protest, "death toll" with "virus" no killing at all.
 */
final class CuePass implements HitPass {
    /** How many tokens either side of a phrase its cues are looked for. */
    static final int WINDOW = 10;

    @Override
    public String name() {
        return "cues";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            Trigger t = h.trigger();
            boolean ok = t.requires().isEmpty() || anyNear(t.requires(), sentence, h);
            if (ok && !t.unless().isEmpty() && anyNear(t.unless(), sentence, h)) {
                ok = false;
            }
            if (ok) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * True when one of {@code cues} matches a token near the hit, on the cue's side, or for a
     * paragraph cue anywhere in the paragraph (its tokens are only made when such a cue is asked).
     */
    static boolean anyNear(CueSet cues, SentenceContext sentence, Hit h) {
        for (Cue c : cues.paragraph()) {
            // a word the cue matches shares the initial of its value (a stem is a cut of the word),
            // so the paragraph's other words are passed over without reading their lexemes
            int initial = c.value().isEmpty() ? -1 : Lexeme.initial(c.value());
            for (Token tok : sentence.cueTokens()) {
                if ((initial < 0 || tok.initial() == initial) && c.matches(tok)) {
                    return true;
                }
            }
        }
        return anyNear(cues, sentence.tokens(), h);
    }

    /** True when one of {@code cues} matches a token of the sentence near the hit, on the cue's side. */
    static boolean anyNear(CueSet cues, List<Token> tokens, Hit h) {
        // scan only where some cue may stand: the window on the cues' sides, or the whole sentence
        boolean wide = cues.wide();
        int from = 0;
        int to = tokens.size() - 1;
        if (!wide) {
            from = cues.before() ? Math.max(0, h.first() - WINDOW) : h.last() + 1;
            to = cues.after() ? Math.min(to, h.last() + WINDOW) : h.first() - 1;
        }
        for (int i = from; i <= to; i++) {
            // the words a "..." skips are the sentence's too: "died in the crash during the protests"
            // meets "@crash"; only sentence-wide cues look there
            boolean inside = i >= h.first() && i <= h.last();
            if (inside && !wide) {
                continue;
            }
            Token tok = tokens.get(i);
            if (!cues.mayStart(tok.initial())) {
                continue; // a cue matches only tokens sharing its initial (a symbol's is the "other" code)
            }
            boolean near = i >= h.first() - WINDOW && i <= h.last() + WINDOW;
            Cue.Side side = i < h.first() ? Cue.Side.BEFORE : Cue.Side.AFTER;
            for (Cue cue : cues.withInitial(tok.initial())) {
                boolean placed = cue.side() == Cue.Side.SENTENCE || cue.side() == Cue.Side.PARAGRAPH
                        || (!inside && near && (cue.side() == Cue.Side.EITHER || cue.side() == side))
                        || cue.side() == Cue.Side.NEXT && i == h.last() + 1
                        || cue.side() == Cue.Side.PREVIOUS && i == h.first() - 1;
                if (placed && cue.matches(tok)) {
                    return true;
                }
            }
        }
        return false;
    }
}
