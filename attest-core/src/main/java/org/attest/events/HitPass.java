package org.attest.events;

import java.util.List;

/**
 * One named decision over a sentence's trigger hits: returns the hits it keeps, in the order
 * given, and never adds new ones. Passes are pure and run in a fixed order (see {@link EventStage}).
 */
interface HitPass {
    /** A short name for provenance and tests. */
    String name();

    List<Hit> apply(SentenceContext sentence, List<Hit> hits);
}
