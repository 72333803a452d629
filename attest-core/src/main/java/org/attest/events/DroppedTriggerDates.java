package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Dates that belong to a trigger word the passes ruled out ("a boycott of the elections in June":
 * June dates the elections, which are no event of the sentence) and dates that a possessive ties
 * to the noun after it ("Sunday's protest"). Static helpers of {@link DatePass}, which asks them
 * whose a date of the sentence is.
 */
final class DroppedTriggerDates {
    private DroppedTriggerDates() {}

    /** True when date {@code d} stands right after a dropped trigger word ("elections in June"). */
    static boolean ofDroppedTrigger(DateMention d, List<Hit> dropped, List<Token> tokens) {
        int first = DatePass.tokenAt(tokens, d.span().start());
        int last = DatePass.tokenAt(tokens, d.span().end() - 1);
        for (Hit s : dropped) {
            if (rightAfter(first, s, tokens) && !targetOfAgainst(s, tokens) || possessiveOf(last, s, tokens)) {
                return ownsDates(s, tokens);
            }
        }
        return false;
    }

    /** Types of a ruled-out gathering a speech is addressed to ("addressed the summit"). */
    private static final Set<String> ADDRESSED_GATHERINGS = WordSets.named("addressed-gathering-types");
    /** Types of a hit that speaks to a gathering. */
    private static final Set<String> SPEECH_TYPES = WordSets.named("addressing-types");

    /**
     * The index of the speech hit whose phrase ends right before the ruled-out gathering that
     * date {@code d} follows ("addressed the summit on Monday", "told the conference on Tuesday"),
     * or -1. A speech to a gathering is made when the gathering meets, so the date is the
     * speech's own, not a last resort behind the paragraph's date.
     */
    static int addressedGathering(DateMention d, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        int first = DatePass.tokenAt(tokens, d.span().start());
        for (Hit s : dropped) {
            if (!ADDRESSED_GATHERINGS.contains(s.type()) || !rightAfter(first, s, tokens)) {
                continue;
            }
            for (int i = 0; i < hits.size(); i++) {
                if (SPEECH_TYPES.contains(hits.get(i).type()) && leadsTo(hits.get(i), s, tokens)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Words a speech verb may take before the gathering it addresses: "told a news conference", "told reporters at a". */
    private static final int ADDRESS_GAP = 3;

    /**
     * True when speech hit {@code speech} addresses a ruled-out gathering that stands before the date
     * at token {@code first} within {@link #DROPPED_REACH} tokens of its clause ("told a news conference
     * in Abuja on Monday"): the gathering's day is the speech's, not the ruled-out word's alone.
     */
    static boolean addressedBefore(Hit speech, int first, List<Hit> dropped, List<Token> tokens) {
        if (!SPEECH_TYPES.contains(speech.type())) {
            return false;
        }
        for (Hit s : dropped) {
            if (ADDRESSED_GATHERINGS.contains(s.type()) && s.last() < first && first - s.last() <= DROPPED_REACH
                    && leadsTo(speech, s, tokens) && plainRun(s.last() + 1, first, tokens)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the gathering hit follows the speech hit at once or after a few words of one phrase
     * ("told the conference", "told a news conference"): no clause break, comma or "and" between.
     */
    private static boolean leadsTo(Hit speech, Hit gathering, List<Token> tokens) {
        int gap = gathering.first() - speech.last() - 1;
        return gap >= 0 && gap <= ADDRESS_GAP && plainRun(speech.last() + 1, gathering.first(), tokens);
    }

    /** True when tokens {@code from} (inclusive) to {@code to} (exclusive) hold no clause break, comma or "and". */
    private static boolean plainRun(int from, int to, List<Token> tokens) {
        for (int k = from; k < to; k++) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || t.surface().equals(",") || t.lower().equals("and")) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the ruled-out hit is what an event stands against ("the protests against the coup on
     * February 9"): the date after it ends the phrase of the event that stands against it, whose
     * day it is, not the target's.
     */
    private static boolean targetOfAgainst(Hit h, List<Token> tokens) {
        int k = h.first() - 1;
        if (k >= 0 && ARTICLES.contains(tokens.get(k).lower())) {
            k--;
        }
        return k >= 0 && tokens.get(k).lower().equals("against");
    }

    private static final Set<String> ARTICLES = HashLookup.setOf("the", "a", "an", "this", "that");

    /** Words a ruled-out trigger's object may take before its date ("killed 15 people in November"). */
    private static final int DROPPED_REACH = 4;

    /**
     * True when a trigger word the passes ruled out (and no surviving hit covers) stands after hit
     * {@code best} and at most {@link #DROPPED_REACH} tokens before the date starting at token
     * {@code first}, in the same clause: the date is that word's.
     */
    static boolean droppedJustBefore(int first, Hit best, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        for (Hit s : dropped) {
            if (!ownsDates(s, tokens) || s.first() <= best.last() || s.last() >= first || first - s.last() > DROPPED_REACH
                    || hits.stream().anyMatch(h -> h.overlaps(s)) || targetOfAgainst(s, tokens)) {
                continue;
            }
            boolean sameClause = true;
            for (int k = s.last() + 1; k < first && sameClause; k++) {
                sameClause = !tokens.get(k).clauseBreak() && !tokens.get(k).lower().equals("and")
                        && !tokens.get(k).surface().equals(",");
            }
            if (sameClause) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when a ruled-out trigger can own a date: a happening can ("the elections in June"),
     * people cannot ("arrested demonstrators on Monday" is the arrest's Monday), nor what is theirs,
     * nor a word that only modifies the head noun after it ("detained members of the strike
     * committee early on Sunday": a body, no strike, so Sunday is the detention's).
     */
    private static boolean ownsDates(Hit s, List<Token> tokens) {
        int next = s.last() + 1;
        boolean modifier = next < tokens.size() && tokens.get(next).word() && tokens.get(next).is(Lexeme.HEAD_NOUN);
        boolean published = s.first() > 0 && PUBLISHED_THINGS.contains(tokens.get(s.first() - 1).lower());
        return s.trigger().form() != Trigger.Form.PERSON && !modifier && !published;
    }

    /**
     * Things a body puts out: a ruled-out word right after one ("said in a report released on
     * Thursday") tells its publication, whose day is the statement's, no release from custody.
     */
    private static final Set<String> PUBLISHED_THINGS = WordSets.named("published-things");

    /** True when the date starting at token {@code first} follows hit {@code h} at once or after a link ("elections in June"). */
    private static boolean rightAfter(int first, Hit h, List<Token> tokens) {
        return first == h.last() + 1 || (first == h.last() + 2 && DateClauses.LINKS.contains(tokens.get(h.last() + 1).lower()));
    }

    /** Words a possessive date may stand before the noun it dates ("Sunday's local elections"). */
    private static final int POSSESSIVE_REACH = 4;

    /**
     * True when the token {@code last} is a possessive ("Sunday's") of the noun phrase that hit {@code h}
     * heads, also when the hit's phrase opens on it ("Sunday's vote", {@link HitLists#outsideDates}).
     */
    static boolean possessiveOf(int last, Hit h, List<Token> tokens) {
        boolean opensOnIt = h.first() == last && h.last() > last;
        if (last < 0 || h.first() < last || h.first() == last && !opensOnIt || h.first() - last > POSSESSIVE_REACH) {
            return false;
        }
        String w = tokens.get(last).lower();
        return w.endsWith("'s") || w.endsWith("\u2019s");
    }

    /**
     * The dates the sentence gives to trigger words the passes dropped ("the elections in June"):
     * not events, but they tell what date a later mention of the same thing has.
     */
    static List<DatePass.Dated> ofDropped(List<Hit> hits, List<Hit> dropped, List<DateMention> dates, List<Token> tokens) {
        if (dropped.isEmpty() || dates.isEmpty()) {
            return List.of();
        }
        List<DatePass.Dated> out = new ArrayList<>();
        for (DateMention d : dates) {
            int first = DatePass.tokenAt(tokens, d.span().start());
            int last = DatePass.tokenAt(tokens, d.span().end() - 1);
            if (first >= 0 && DateModifiers.modifier(d, first, last, tokens) && DateModifiers.nounAfter(last, hits) < 0) {
                int s = DateModifiers.nounAfter(last, dropped);
                if (s >= 0) {
                    // "boycott the September 7 election": the election's date, for its later mentions
                    out.add(new DatePass.Dated(dropped.get(s), d.value(), d.precision(), d.span(), "dropped-trigger"));
                }
                continue;
            }
            if (owner(d, hits, dropped, tokens) != DateModifiers.NOBODY) {
                continue;
            }
            for (Hit s : dropped) {
                if (rightAfter(first, s, tokens) && ownsDates(s, tokens)) {
                    out.add(new DatePass.Dated(s, d.value(), d.precision(), d.span(), "dropped-trigger"));
                    break;
                }
            }
        }
        return out;
    }

    /** The index of the hit that owns date {@code d}, {@link DateModifiers#NEAREST}, or {@link DateModifiers#NOBODY}. */
    static int owner(DateMention d, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        int first = DatePass.tokenAt(tokens, d.span().start());
        int last = DatePass.tokenAt(tokens, d.span().end() - 1);
        if (first < 0 || last < 0) {
            return DateModifiers.NEAREST;
        }
        for (int i = 0; i < hits.size(); i++) {
            if (possessiveOf(last, hits.get(i), tokens)) {
                return i; // "Sunday's protest"
            }
        }
        for (Hit s : dropped) {
            boolean right = ownsDates(s, tokens) && (rightAfter(first, s, tokens) && !targetOfAgainst(s, tokens) || possessiveOf(last, s, tokens));
            if (right && hits.stream().noneMatch(h -> h.overlaps(s))) {
                return DateModifiers.NOBODY;
            }
        }
        return DateModifiers.NEAREST;
    }
}
