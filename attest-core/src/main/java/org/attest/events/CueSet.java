package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * A trigger line's "requires" or "unless" cues, with what {@link CuePass} asks of them worked out
 * once, when the lexicon is read: the sides they may stand on, and the cues by the initial of their
 * value, so that a word of the sentence is compared only with the cues that share its initial
 * (a long "unless" list otherwise costs a comparison per cue for every word near the phrase).
 * Immutable; equal when the cue lists are.
 */
final class CueSet {
    static final CueSet NONE = new CueSet(List.of());

    private final List<Cue> cues;
    /** A cue may stand anywhere in the sentence or paragraph. */
    private final boolean wide;
    private final boolean before;
    private final boolean after;
    /** {@link Lexeme#initial(String)} codes of the values as a bit set; all bits for an empty prefix. */
    private final long initials;
    /** The cues by {@link Lexeme#initial(String)} of their value; an empty prefix under every initial. */
    private final Cue[][] byInitial;
    /** The "^" cues, in lexicon order: the only ones asked of the paragraph, so a hit need not walk the whole list. */
    private final Cue[] paragraph;

    CueSet(List<Cue> cues) {
        this.cues = List.copyOf(cues);
        boolean w = false;
        boolean b = false;
        boolean a = false;
        long set = 0;
        List<List<Cue>> buckets = new ArrayList<>();
        for (int i = 0; i <= Lexeme.OTHER_INITIAL; i++) {
            buckets.add(new ArrayList<>());
        }
        for (Cue c : this.cues) {
            switch (c.side()) {
                case SENTENCE, PARAGRAPH -> w = true;
                case BEFORE, PREVIOUS -> b = true;
                case AFTER, NEXT -> a = true;
                case EITHER -> {
                    b = true;
                    a = true;
                }
            }
            if (c.value().isEmpty()) {
                set = -1L; // a bare prefix matches any word
                buckets.forEach(bucket -> bucket.add(c));
            } else {
                set |= 1L << Lexeme.initial(c.value());
                buckets.get(Lexeme.initial(c.value())).add(c);
            }
        }
        this.wide = w;
        this.before = b;
        this.after = a;
        this.initials = set;
        this.byInitial = buckets.stream().map(bucket -> bucket.toArray(Cue[]::new)).toArray(Cue[][]::new);
        this.paragraph = this.cues.stream().filter(c -> c.side() == Cue.Side.PARAGRAPH).toArray(Cue[]::new);
    }

    List<Cue> cues() {
        return cues;
    }

    /** The "^" (paragraph) cues, in lexicon order. Not to be changed. */
    Cue[] paragraph() {
        return paragraph;
    }

    boolean isEmpty() {
        return cues.isEmpty();
    }

    boolean wide() {
        return wide;
    }

    boolean before() {
        return before;
    }

    boolean after() {
        return after;
    }

    /** True when some cue's value may start with a word of this {@link Lexeme#initial(String)} code. */
    boolean mayStart(int initial) {
        return (initials & 1L << initial) != 0;
    }

    /** The cues a word of this initial code may match, in lexicon order. Not to be changed. */
    Cue[] withInitial(int initial) {
        return byInitial[initial];
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CueSet other && cues.equals(other.cues);
    }

    @Override
    public int hashCode() {
        return cues.hashCode();
    }

    @Override
    public String toString() {
        return cues.toString();
    }
}
