package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import org.attest.model.Span;

/** Small filters over one sentence's trigger hits that {@link EventStage} applies between its passes. */
final class HitLists {
    private HitLists() {}

    /** The hits that pass the test, in their order; a small list, since few hits pass. */
    static List<Hit> matching(List<Hit> hits, java.util.function.Predicate<Hit> test) {
        List<Hit> out = new ArrayList<>(2);
        for (Hit h : hits) {
            if (test.test(h)) {
                out.add(h);
            }
        }
        return out;
    }

    /**
     * The speech verbs among the hits of a sentence about a habit ("for years", "repeatedly"): an
     * official speaker that SpeakerPass kept and who "has repeatedly denied" or "had previously
     * stated" something takes a stand that still holds, a statement; the other hits name a practice.
     * A one-word statement verb that presses ("condemned", an act line) is such a stand too: "the
     * party condemned the raid and said the regime had lobbied for months" keeps its statement (events96).
     */
    static List<Hit> repeatedSpeech(List<Hit> hits, List<Token> tokens) {
        List<Hit> kept = new ArrayList<>(1);
        for (Hit h : hits) {
            boolean pressing = h.first() == h.last() && PressingSpeech.pressingWord(tokens.get(h.first()));
            if ((h.trigger().form() == Trigger.Form.SPEECH || pressing) && h.type().equals("statement")) {
                kept.add(h);
            }
        }
        return kept;
    }

    /**
     * The hits less those in the present tense of a habit ("it hangs prisoners every day"), a rule
     * or a state ("protests are banned", "schools are shut", "twelve men remain on death row"), or
     * an act named in general ({@link GenericActs}: "insurgents have attacked army posts").
     */
    static List<Hit> withoutHabits(List<Hit> hits, List<Token> tokens) {
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!NonEvents.presentHabit(tokens, h) && !NonEvents.presentPassive(tokens, h) && !PresentStates.standing(tokens, h)
                    && !PresentPractices.objectOfPresent(tokens, h) && !GenericActs.generic(tokens, h)
                    && !PresentClaims.standing(tokens, h, hits)) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** The hits whose words no date mention overlaps: "March 2022 to March 2023" holds no march. */
    static List<Hit> outsideDates(List<Hit> hits, List<Token> tokens, SpanIndex dateSpans) {
        if (hits.isEmpty()) {
            return hits;
        }
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            // the phrase's first and last words, not a gap between them ("died on 16 May, three days
            // after being arrested" holds a date in its gap)
            Token first = tokens.get(h.first());
            Token last = tokens.get(h.last());
            boolean lastOutside = !dateSpans.overlapsAny(new Span(last.start(), last.end()));
            if (lastOutside && (!dateSpans.overlapsAny(new Span(first.start(), first.end())) || namedByDay(h, tokens))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /**
     * True for a phrase that opens with a date in the possessive and ends on a noun beyond it:
     * "Sunday's vote" is a vote the day names, where "March 2022" holds no march (prot210).
     */
    private static boolean namedByDay(Hit h, List<Token> tokens) {
        String head = tokens.get(h.first()).lower();
        return h.first() < h.last() && (head.endsWith("'s") || head.endsWith("\u2019s"));
    }

    /** Raw hits that no surviving hit overlaps: trigger words the passes ruled out. */
    static List<Hit> dropped(List<Hit> raw, List<Hit> kept) {
        if (raw.size() == kept.size()) {
            return List.of(); // the passes only drop, so every raw hit survived
        }
        List<Hit> out = new ArrayList<>();
        for (Hit r : raw) {
            if (!overlapsAny(kept, r)) {
                out.add(r);
            }
        }
        return out;
    }

    static boolean overlapsAny(List<Hit> hits, Hit h) {
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).overlaps(h)) {
                return true;
            }
        }
        return false;
    }
}
