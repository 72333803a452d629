package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Words that rank a thing against a stretch of time or a landmark: "the largest protest this
 * year", "the longest strikes since the 1986 uprising", "turnout was the lowest since the 1979
 * revolution". {@link RecordScopes}, {@link PerfectStretches} and {@link SinceLandmarks} each
 * read a date or a "since" after such a word as the yardstick, not as news, and {@link
 * RankedMentions} a told event ranked against others; they share this one list.
 */
final class RankWords {
    /** Superlatives and ordinals, from {@code word-sets.tsv}. */
    private static final Set<String> WORDS = WordSets.named("rank-words");
    /** Tokens a bracketed aside may hold. */
    private static final int ASIDE_REACH = 6;

    private RankWords() {}

    /**
     * True when a rank word stands within {@code reach} tokens before token {@code at}, no clause
     * break between; a bracketed aside ("the highest total the monitor (GRM) has recorded") is
     * passed over, as it breaks no clause, and counts no tokens.
     */
    static boolean before(int at, List<Token> tokens, int reach) {
        int seen = 0;
        for (int k = at - 1; k >= 0 && seen < reach; k--) {
            Token t = tokens.get(k);
            if (t.lower().equals(")")) {
                k = openingOf(k, tokens);
                if (k < 0) {
                    return false;
                }
                continue;
            }
            if (t.clauseBreak()) {
                return false;
            }
            seen++;
            if (t.word() && rank(t.lower()) && (k == 0 || !tokens.get(k - 1).lower().equals("at"))) {
                return true; // "at least 45 people", "at first", "at worst" rank nothing
            }
        }
        return false;
    }

    /** A rank word, or a compound holding one ("second-highest", "worst-ever"). */
    static boolean rank(String word) {
        if (WORDS.contains(word)) {
            return true;
        }
        if (word.indexOf('-') < 0) {
            return false;
        }
        for (String part : word.split("-")) {
            if (WORDS.contains(part)) {
                return true;
            }
        }
        return false;
    }

    /** The "(" that the ")" at {@code close} ends, a few tokens back, or -1. */
    static int openingOf(int close, List<Token> tokens) {
        for (int k = close - 1; k >= Math.max(0, close - ASIDE_REACH); k--) {
            String s = tokens.get(k).lower();
            if (s.equals("(")) {
                return k;
            }
            if (s.equals(")")) {
                return -1;
            }
        }
        return -1;
    }
}
