package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps a hit only when one of its "requires" cues stands within {@link #WINDOW} tokens of the
 * phrase (if it has any) and none of its "unless" cues does. This is how one word gives different
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
            boolean ok = t.requires().isEmpty() || anyNear(t.requires(), sentence.tokens(), h);
            if (ok && !t.unless().isEmpty() && anyNear(t.unless(), sentence.tokens(), h)) {
                ok = false;
            }
            if (ok) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True when one of {@code cues} matches a token near the hit, on the cue's side. */
    static boolean anyNear(List<Cue> cues, List<Token> tokens, Hit h) {
        int from = Math.max(0, h.first() - WINDOW);
        int to = Math.min(tokens.size() - 1, h.last() + WINDOW);
        for (int i = from; i <= to; i++) {
            if (i >= h.first() && i <= h.last()) {
                continue;
            }
            Cue.Side side = i < h.first() ? Cue.Side.BEFORE : Cue.Side.AFTER;
            Token tok = tokens.get(i);
            for (Cue c : cues) {
                if ((c.side() == Cue.Side.EITHER || c.side() == side) && c.matches(tok)) {
                    return true;
                }
            }
        }
        return false;
    }
}
