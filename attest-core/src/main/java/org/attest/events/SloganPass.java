package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a vote named inside the words of a slogan: in 'slogans on the walls read "No to the sham
 * election"' or 'banners reading "Boycott the vote"' the election is what the slogan is about, not a
 * vote told as held or set; the slogan itself is the protest its own trigger reports. A quotation
 * is a slogan's when a slogan word ("read", "reading", "chanted") stands right before its opening
 * mark. Only the types of {@code slogan-topic-types} are dropped: a boycott a slogan calls for is
 * the call annotators keep.
 */
final class SloganPass implements HitPass {
    /** Words right before a quotation that make it a slogan's words: "read", "chanting". */
    private static final Set<String> OPENERS = WordSets.named("slogan-quote-openers");
    /** Types a slogan's words name without telling: an election. */
    private static final Set<String> TYPES = WordSets.named("slogan-topic-types");
    /** Words between the slogan word and the opening mark at most: "read on Sunday". */
    private static final int OPENER_REACH = 3;

    @Override
    public String name() {
        return "slogan";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (hits.stream().noneMatch(h -> TYPES.contains(h.type()))) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!(TYPES.contains(h.type()) && inSloganQuote(tokens, h))) {
                kept.add(h);
            }
        }
        return kept.size() == hits.size() ? hits : kept;
    }

    /** True when the hit stands inside a quotation opened right after a slogan word and closed after it. */
    private static boolean inSloganQuote(List<Token> tokens, Hit h) {
        int open = -1;
        for (int k = h.first() - 1; k >= 0; k--) {
            if (tokens.get(k).quote()) {
                open = k;
                break;
            }
        }
        if (open < 1 || !closedAfter(tokens, h.last())) {
            return false;
        }
        int words = 0;
        for (int k = open - 1; k >= 0 && words < OPENER_REACH; k--) {
            Token t = tokens.get(k);
            if (t.word()) {
                if (OPENERS.contains(t.lower())) {
                    return true;
                }
                words++;
            } else if (!t.surface().equals(":") && !t.surface().equals(",")) {
                return false;
            }
        }
        return false;
    }

    private static boolean closedAfter(List<Token> tokens, int last) {
        for (int k = last + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return true;
            }
        }
        return false;
    }
}
