package org.attest.events;

import java.util.Set;
import java.util.stream.Collectors;

/**
 * Strikes among the `other` hits: a walk-out, a stay-away, shops or a bazaar shut, tools downed,
 * classes boycotted. A strike is typed `other` (ACLED's codebook counts as a protest only people
 * who gather; the gold format's protest is a demonstration, a rally in the street, slogans,
 * graffiti or posters), but the rules written for protests read it as they read a protest: its
 * date, its span, whether it is told again, the setting of a toll, the subject of a report. The
 * strike lines are named in {@code word-sets.tsv} ({@code strike-phrases}) by their phrases; the
 * line of "the strike" told of a hunger strike (asking for "^hunger") shares the strike noun's
 * phrase and is none.
 */
final class Strikes {
    /** The phrases of the strike lines, as written in the lexicon. */
    private static final Set<String> PHRASES = WordSets.named("strike-phrases").stream()
            .map(p -> p.replace('_', ' ')).collect(Collectors.toUnmodifiableSet());

    private Strikes() {}

    /** True when {@code h} is a strike: an `other` hit of a strike line. */
    static boolean strike(Hit h) {
        return h.type().equals("other") && PHRASES.contains(h.trigger().phrase()) && !ofHungerStrike(h.trigger());
    }

    /**
     * The kind by which a report's events are told again: the hit's type, or "strike" for a
     * strike. A strike told again ("the strike continued on Monday", a second sentence of the
     * day's walk-out) is that strike, as a protest told again is that protest; "other" is told by
     * many on one day ({@code many-per-day-types}) and never the same again, but a strike is.
     */
    static String kind(Hit h) {
        return strike(h) ? "strike" : h.type();
    }

    /** True for a protest hit or a strike: what the rules written for protests read. */
    static boolean protestOrStrike(Hit h) {
        return h.type().equals("protest") || strike(h);
    }

    /**
     * True when {@code triggerId}, an {@link org.attest.model.Event#trigger()} ("other:general
     * strike"), names a strike line; a hunger strike's line shares the strike noun's phrase, so the
     * caller that must tell them apart reads the sentence.
     */
    static boolean strikeLine(String triggerId) {
        return triggerId != null && triggerId.startsWith("other:") && PHRASES.contains(triggerId.substring("other:".length()));
    }

    private static boolean ofHungerStrike(Trigger t) {
        for (Cue c : t.requires().cues()) {
            if (c.side() == Cue.Side.PARAGRAPH && c.value().equals("hunger")) {
                return true;
            }
        }
        return false;
    }
}
