package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;
import org.attest.model.Span;

/**
 * Gives each hit of a sentence its date or dates.
 *
 * <p>Within the sentence, each usable date mention goes to the hit nearest to it (ties to the
 * earlier hit); a hit with several dates becomes one event per date ("in April ... and by May
 * ..."), a hit with none takes the date nearest to it in the sentence. Two kinds of mention belong
 * to a noun that is no event of the sentence, and date no hit:
 * <ul>
 *   <li>a date right after a trigger word the passes dropped ("a boycott of the elections in
 *       June": June dates the elections, not the boycott);</li>
 *   <li>a year used as a modifier ("a member of the 1988 commissions"), unless the noun it
 *       modifies is the hit itself ("the 1988 massacre").</li>
 * </ul>
 * A hit that nothing else in the sentence dates still takes a date of a dropped trigger word (the
 * clause's date is the best the sentence offers), but never a modifier year. A hit left without a date uses the fallback its type gets (see {@link EventStage}). A type keeps
 * only one event per date in a sentence.
 */
final class DatePass {
    /** A hit with one date, and where that date was decided. */
    record Dated(Hit hit, String date, DatePrecision precision, Span anchor, String rule) {}

    /** A resolved date and the rule that chose it. */
    record Choice(String date, DatePrecision precision, String rule) {
        static final Choice NONE = new Choice(null, DatePrecision.UNKNOWN, "none");
    }

    /** Words that tie a date to the noun just before it ("elections in June", "vote on 3 May"). */
    private static final Set<String> LINKS = HashLookup.setOf("in", "on", "of", "for", "at", "from", "since");
    /** Words before a date that make it a modifier of the noun after it ("the 1988 massacre"). */
    private static final Set<String> DETERMINERS = HashLookup.setOf("the", "a", "an", "its", "their", "his", "her",
            "this", "that", "our", "whose");

    private DatePass() {}

    /**
     * @param hits     the sentence's surviving hits, in text order, not empty
     * @param dropped  trigger hits of the sentence the passes dropped (a date right after one is its own)
     * @param dates    the usable date mentions inside the sentence, in text order
     * @param tokens   the sentence's tokens
     * @param fallback the date of a hit the sentence does not date, by hit; never null (use
     *                 {@link Choice#NONE})
     */
    static List<Dated> assign(List<Hit> hits, List<Hit> dropped, List<DateMention> dates, List<Token> tokens,
                              Function<Hit, Choice> fallback) {
        List<List<DateMention>> attached = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            attached.add(new ArrayList<>());
        }
        List<DateMention> free = new ArrayList<>();
        List<DateMention> weak = new ArrayList<>();
        for (DateMention d : dates) {
            int owner = owner(d, hits, dropped, tokens);
            if (owner == NOBODY && ofDroppedTrigger(d, dropped, tokens)) {
                weak.add(d);
            } else if (owner >= 0) {
                attached.get(owner).add(d);
                free.add(d);
            } else if (owner == NEAREST) {
                int best = 0;
                for (int i = 1; i < hits.size(); i++) {
                    if (distance(hits.get(i), d.span()) < distance(hits.get(best), d.span())) {
                        best = i;
                    }
                }
                attached.get(best).add(d);
                free.add(d);
            }
        }
        List<Dated> out = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            List<DateMention> mine = attached.get(i);
            if (!mine.isEmpty()) {
                for (DateMention d : mine) {
                    Span anchor = mine.size() > 1 ? d.span() : h.span();
                    add(out, new Dated(h, d.value(), d.precision(), anchor, "sentence-attached"));
                }
                continue;
            }
            Choice own = fallback.apply(h);
            if (!free.isEmpty() && !own.rule().startsWith("same-type")) {
                DateMention d = nearest(free, h.span());
                add(out, new Dated(h, d.value(), d.precision(), h.span(), "sentence-nearest"));
            } else if (!weak.isEmpty() && !own.rule().startsWith("same-type")) {
                // "call for a boycott of the elections in June": with no other date, the clause's
                // date is the best the sentence offers
                DateMention d = nearest(weak, h.span());
                add(out, new Dated(h, d.value(), d.precision(), h.span(), "sentence-weak"));
            } else {
                add(out, new Dated(h, own.date(), own.precision(), h.span(), own.rule()));
            }
        }
        return out;
    }

    /** True when date {@code d} stands right after a dropped trigger word ("elections in June"). */
    private static boolean ofDroppedTrigger(DateMention d, List<Hit> dropped, List<Token> tokens) {
        int first = tokenAt(tokens, d.span().start());
        for (Hit s : dropped) {
            if (first == s.last() + 1 || (first == s.last() + 2 && LINKS.contains(tokens.get(s.last() + 1).lower()))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The dates the sentence gives to trigger words the passes dropped ("the elections in June"):
     * not events, but they tell what date a later mention of the same thing has.
     */
    static List<Dated> ofDropped(List<Hit> hits, List<Hit> dropped, List<DateMention> dates, List<Token> tokens) {
        if (dropped.isEmpty() || dates.isEmpty()) {
            return List.of();
        }
        List<Dated> out = new ArrayList<>();
        for (DateMention d : dates) {
            if (owner(d, hits, dropped, tokens) != NOBODY) {
                continue;
            }
            int first = tokenAt(tokens, d.span().start());
            for (Hit s : dropped) {
                if (first == s.last() + 1 || (first == s.last() + 2 && LINKS.contains(tokens.get(s.last() + 1).lower()))) {
                    out.add(new Dated(s, d.value(), d.precision(), d.span(), "dropped-trigger"));
                    break;
                }
            }
        }
        return out;
    }

    private static final int NEAREST = -1;
    private static final int NOBODY = -2;

    /** The index of the hit that owns date {@code d}, {@link #NEAREST}, or {@link #NOBODY}. */
    private static int owner(DateMention d, List<Hit> hits, List<Hit> dropped, List<Token> tokens) {
        int first = tokenAt(tokens, d.span().start());
        int last = tokenAt(tokens, d.span().end() - 1);
        if (first < 0 || last < 0) {
            return NEAREST;
        }
        for (Hit s : dropped) {
            boolean right = first == s.last() + 1
                    || (first == s.last() + 2 && LINKS.contains(tokens.get(s.last() + 1).lower()));
            if (right && hits.stream().noneMatch(h -> h.overlaps(s))) {
                return NOBODY;
            }
        }
        if (d.precision() == DatePrecision.YEAR || d.precision() == DatePrecision.MONTH) {
            boolean modifier = first > 0 && last + 1 < tokens.size() && tokens.get(last + 1).word()
                    && Character.isLetter(tokens.get(last + 1).surface().codePointAt(0))
                    && (DETERMINERS.contains(tokens.get(first - 1).lower()) || tokens.get(first - 1).lower().endsWith("'s"));
            if (modifier) {
                for (int i = 0; i < hits.size(); i++) {
                    if (hits.get(i).first() == last + 1 || hits.get(i).first() == last + 2) {
                        return i;
                    }
                }
                return NOBODY;
            }
        }
        return NEAREST;
    }

    /** Index of the token holding offset {@code at}, or -1. */
    private static int tokenAt(List<Token> tokens, int at) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.start() <= at && at < t.end()) {
                return i;
            }
            if (t.start() > at) {
                return -1;
            }
        }
        return -1;
    }

    /** Adds unless the sentence already has an event of that type and date. */
    private static void add(List<Dated> out, Dated d) {
        for (Dated o : out) {
            if (o.hit().type().equals(d.hit().type()) && Objects.equals(o.date(), d.date())) {
                return;
            }
        }
        out.add(d);
    }

    private static DateMention nearest(List<DateMention> dates, Span span) {
        DateMention best = dates.get(0);
        for (DateMention d : dates) {
            if (distance(span, d.span()) < distance(span, best.span())) {
                best = d;
            }
        }
        return best;
    }

    private static int distance(Hit h, Span b) {
        return distance(h.start(), h.end(), b);
    }

    /** Characters between two spans; 0 when they touch or overlap. */
    static int distance(Span a, Span b) {
        return distance(a.start(), a.end(), b);
    }

    /** Characters between {@code [start, end)} and {@code b}; 0 when they touch or overlap. */
    private static int distance(int start, int end, Span b) {
        if (start < b.end() && b.start() < end) {
            return 0;
        }
        return end <= b.start() ? b.start() - end : start - b.end();
    }
}
