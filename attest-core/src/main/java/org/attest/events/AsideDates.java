package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A clause set off by commas that describes the person, body or thing named before it: "the
 * mayor, whose mandate ends in May, said on Tuesday ...", "urged the labour agency, whose meeting
 * opens on 30 October, to raise ...", "the inquiry panel, established on 2 March, to review ...".
 * A date inside such a clause tells of that clause: it dates none of the sentence's events around
 * it. It still dates an event told inside the clause ("the dockers, who walked out on 2 March,"),
 * and an event noun the clause describes ("the march, which took place on 2 March,"). Static
 * helper of {@link DatePass}.
 */
final class AsideDates {
    private AsideDates() {}

    /** Words that open such a clause right after its comma. */
    private static final Set<String> OPENERS = WordSets.named("aside-openers");
    /** Words between an opening participle and the clause's date ("established on 2 March"). */
    private static final Set<String> PARTICIPLE_LINKS = WordSets.named("aside-participle-links");
    /** Longest clause, in tokens, between its two commas: a longer stretch is no short aside. */
    private static final int MAX_TOKENS = 16;

    /**
     * The indices of the hits inside the clause set off by commas, opened by a relative word or a
     * past participle, that holds the date spanning tokens {@code first}..{@code last}, after a
     * word that is no hit, with the sentence going on after its closing comma: the only hits that
     * date may date (an empty list: none). Empty when the date stands in no such clause.
     */
    static Optional<List<Integer>> hitsInside(int first, int last, List<Hit> hits, List<Token> tokens) {
        int open = comma(first - 1, -1, tokens);
        if (open < 1 || !opens(open, first, tokens)) {
            return Optional.empty();
        }
        int close = comma(last + 1, 1, tokens);
        if (close < 0 || close - open > MAX_TOKENS || close + 1 >= tokens.size() || !tokens.get(close + 1).word()) {
            return Optional.empty();
        }
        List<Integer> inside = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (h.first() <= open - 1 && open - 1 <= h.last()) {
                return Optional.empty(); // the event noun the clause describes: "the march, which took place on 2 March,"
            }
            if (h.first() == open + 1 && !OPENERS.contains(tokens.get(open + 1).lower())) {
                return Optional.empty(); // a verb of the sentence's own: "Amini, a woman from Saqqez, died on 16 May,"
            }
            if (h.first() > open && h.last() < close) {
                inside.add(i);
            }
        }
        return Optional.of(inside);
    }

    /**
     * The first comma from token {@code from} on, walking by {@code step} (-1 back, 1 on), with no
     * other clause break between, or -1.
     */
    private static int comma(int from, int step, List<Token> tokens) {
        for (int k = from; k >= 0 && k < tokens.size(); k += step) {
            Token t = tokens.get(k);
            if (t.surface().equals(",")) {
                return k;
            }
            if (t.clauseBreak() || t.quote()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * True when the word after the comma at {@code open} opens an aside: a relative word, or a
     * lower-case "-ed" participle right before the date or before one linking word and the date.
     */
    private static boolean opens(int open, int first, List<Token> tokens) {
        Token w = tokens.get(open + 1);
        if (!w.word() || !tokens.get(open - 1).word()) {
            return false;
        }
        if (OPENERS.contains(w.lower())) {
            return true;
        }
        boolean participle = !w.capitalised() && w.lower().endsWith("ed");
        return participle && (first == open + 2
                || first == open + 3 && PARTICIPLE_LINKS.contains(tokens.get(open + 2).lower()));
    }
}
