package org.attest.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.model.DatePrecision;

/**
 * An act set inside an event the report told before and points back to: "In May 2018, a strike
 * by drivers spread to 280 towns. At least 260 drivers were detained during that strike." The
 * detentions took place then, not on the report's day: a sentence that gives the act no date of
 * its own takes the date the text last gave an event of the pointed noun's type. One per document,
 * filled in text order by {@link EventStage}; not thread-safe. Words from {@code word-sets.tsv}.
 */
final class SceneRecalls {
    /** The rule of a date taken from the recalled event. */
    static final String RULE = "recalled-scene";
    private static final Set<String> PREPOSITIONS = WordSets.named("recalled-scene-prepositions");
    private static final Set<String> POINTERS = WordSets.named("recalled-scene-pointers");

    /** By type, the date the text last gave an event of it. */
    private final Map<String, DatePass.Choice> lastTold = new HashMap<>();

    /** Types of a gathering that a speech may address ("told the crowd"). */
    private static final Set<String> GATHERINGS = WordSets.named("addressed-gathering-types");
    /** The date the text last gave a gathering (a protest or a rally), or null. */
    private DatePass.Choice lastGathering;

    /** Keeps the date of an event its own sentence dated. */
    void remember(DatePass.Dated d) {
        if (d.date() != null && d.rule().startsWith("sentence") && d.precision() != DatePrecision.UNKNOWN) {
            DatePass.Choice told = new DatePass.Choice(d.date(), d.precision(), RULE);
            lastTold.put(Strikes.kind(d.hit()), told);
            if (GATHERINGS.contains(d.hit().type())) {
                lastGathering = told;
            }
        }
    }

    /**
     * The day of the gathering the report last dated, else {@code otherwise}: words spoken to "the
     * crowd" with no day of their own were spoken at the rally the report told, whose day the lead
     * (often the day a source spoke) need not be.
     */
    DatePass.Choice gatheringOr(DatePass.Choice otherwise) {
        return lastGathering != null ? lastGathering : otherwise;
    }

    /**
     * The date of the event hit {@code h} is set in ("during that strike" after it, the strike a hit
     * kept or dropped), or null when it points back to none the text dated.
     */
    DatePass.Choice sceneOf(Hit h, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        DatePass.Choice scene = pointedScene(h, hits, tokens);
        return scene != null ? scene : pointedScene(h, dropped, tokens);
    }

    private DatePass.Choice pointedScene(Hit h, List<Hit> nouns, List<Token> tokens) {
        for (Hit n : nouns) {
            int p = pointerBefore(n, tokens);
            if (n != h && p > h.last() && PREPOSITIONS.contains(tokens.get(p).lower()) && lastTold.containsKey(Strikes.kind(n))) {
                return lastTold.get(Strikes.kind(n));
            }
        }
        return null;
    }

    /**
     * The index of the preposition before the pointer that opens noun {@code n} ("during that",
     * "during the same", and "during the" before a one-word singular noun: "detained during the
     * protest" is the one protest told), or -1. "During the protests" may span the whole movement.
     */
    private static int pointerBefore(Hit n, List<Token> tokens) {
        int k = n.first() - 1;
        if (k >= 1 && tokens.get(k).lower().equals("the") && n.first() == n.last()
                && !tokens.get(n.first()).lower().endsWith("s")) {
            return k - 1;
        }
        if (k < 1 || !POINTERS.contains(tokens.get(k).lower())) {
            return -1;
        }
        if (tokens.get(k).lower().equals("same")) {
            k--; // "during the same protests"
            if (k < 1 || !tokens.get(k).lower().equals("the")) {
                return -1;
            }
        }
        return k - 1;
    }
}
