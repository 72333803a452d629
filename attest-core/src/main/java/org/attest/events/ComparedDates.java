package org.attest.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The farther points of comparison of {@code guards.tsv}: a date inside a noun phrase that a figure
 * or a crowd is set against dates nothing of the sentence. "40,000 marched, against 26,000 on
 * January 19" and "surpassing the 67 deaths reported on July 19" name the day of the figure
 * compared; "more than the last day of action on Saturday" that of the day compared. The opener
 * may stand up to {@link #WINDOW} words before the date, within the same stretch of the clause (no
 * comma, colon, semicolon, bracket or dash between). Immutable.
 */
final class ComparedDates {
    /** Words searched back from a date for an opener: a compared noun phrase runs longer than a guard phrase. */
    static final int WINDOW = 8;

    /** Words that open a comparison only when a figure follows them ("against 650,000"). */
    private final Set<String> beforeFigure;
    /** Phrases that open a compared noun phrase ("than the", "than last"), by last word. */
    private final Map<String, List<List<String>>> phrases;

    /**
     * @param figureWords words of kind {@code date_comparison_figure}
     * @param phraseRows  phrases of kind {@code date_comparison_phrase}, as lower-cased words
     */
    ComparedDates(List<String> figureWords, List<List<String>> phraseRows) {
        this.beforeFigure = Set.copyOf(new HashSet<>(figureWords));
        Map<String, List<List<String>>> p = new HashMap<>();
        for (List<String> words : phraseRows) {
            p.computeIfAbsent(words.get(words.size() - 1), k -> new ArrayList<>()).add(List.copyOf(words));
        }
        Map<String, List<List<String>>> frozen = new HashMap<>();
        p.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        this.phrases = Map.copyOf(frozen);
    }

    /** True when an opener of a compared noun phrase stands before token {@code first}, the first token of a date. */
    boolean before(List<Token> tokens, int first) {
        return before(tokens, first, WINDOW);
    }

    /**
     * As {@link #before(List, int)}, searching back {@code window} words: a date may date other
     * sentences only when no compared noun phrase, however long, holds it ("more took to the
     * streets than during the demonstrations which ended his rule on 5 October 2000").
     */
    boolean before(List<Token> tokens, int first, int window) {
        int words = 0;
        for (int i = first - 1; i >= 0 && words < window; i--) {
            Token t = tokens.get(i);
            if (!t.word()) {
                if (clauseStop(t) && !thousandsSeparator(tokens, i)) {
                    return false;
                }
                continue;
            }
            words++;
            if (!t.is(Lexeme.COMPARISON_WORD)) {
                continue; // no opener of either kind: the lexicon marks their words (Guards)
            }
            if (beforeFigure.contains(t.lower()) && figureAfter(tokens, i, first)) {
                return true;
            }
            List<List<String>> ending = phrases.get(t.lower());
            for (int k = 0; ending != null && k < ending.size(); k++) {
                if (Guards.endsAt(ending.get(k), tokens, i)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when the token after {@code k} is a figure (a leading digit): "than 100 on Friday" is a
     * count's qualifier ("more than 100"), not a point of comparison.
     */
    static boolean figureAt(List<Token> tokens, int k) {
        if (k >= tokens.size()) {
            return false;
        }
        String s = tokens.get(k).lower();
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** A figure right after the opener at {@code k}, or after "the"/"some" there, before the date. */
    private static boolean figureAfter(List<Token> tokens, int k, int date) {
        int next = k + 1;
        if (next < date && tokens.get(next).word() && (tokens.get(next).lower().equals("the")
                || tokens.get(next).lower().equals("some"))) {
            next++;
        }
        return next < date && figureAt(tokens, next);
    }

    /** True when the comma at {@code i} joins the digits of one figure ("650,000"), touching both. */
    private static boolean thousandsSeparator(List<Token> tokens, int i) {
        return i > 0 && i + 1 < tokens.size() && figureAt(tokens, i - 1) && figureAt(tokens, i + 1)
                && tokens.get(i - 1).end() == tokens.get(i).start() && tokens.get(i).end() == tokens.get(i + 1).start();
    }

    /** Punctuation that closes the stretch a compared noun phrase can span. */
    private static boolean clauseStop(Token t) {
        String s = t.lower();
        return s.equals(",") || s.equals(";") || s.equals(":") || s.equals("(") || s.equals(")")
                || s.equals("–") || s.equals("—");
    }
}
