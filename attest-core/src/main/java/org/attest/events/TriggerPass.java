package org.attest.events;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds every lexicon phrase in a sentence: the phrases each token's stem or surface may start
 * (looked up once per distinct word, see {@link Lexeme#triggers()}), then a bounded match of the rest (a "..." gap skips at most
 * {@link Trigger#MAX_GAP} words, punctuation not counted, and never into a clause with a pronoun subject of its own), tried only
 * when the sentence holds the {@link WordMarks} of the phrase's later words. Overlapping and
 * conflicting hits are all returned; later passes choose.
 */
final class TriggerPass {
    List<Hit> find(SentenceContext sentence) {
        List<Token> tokens = sentence.tokens();
        List<Hit> hits = new ArrayList<>();
        long present = 0; // the sentence's WordMarks, made when a phrase of several words is first tried
        boolean marked = false;
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.is(Lexeme.STARTS_TRIGGER)) {
                continue;
            }
            List<Trigger> starts = t.triggers();
            for (int k = 0; k < starts.size(); k++) {
                Trigger trigger = starts.get(k);
                if (trigger.rest() != 0) {
                    if (!marked) {
                        present = WordMarks.of(tokens);
                        marked = true;
                    }
                    if ((trigger.rest() & ~present) != 0) {
                        continue; // a later word of the phrase is nowhere in the sentence
                    }
                }
                int last = match(trigger.words(), 1, tokens, i + 1);
                if (last >= 0) {
                    int end = Math.max(last, i);
                    hits.add(new Hit(trigger, i, end, t.start(), tokens.get(end).end()));
                }
            }
        }
        return hits;
    }

    /**
     * Words that open a clause of its own when a pronoun subject follows: "as they", "because he".
     * Not "while" or "when": "the death of a young woman while she was in custody" tells the
     * phrase's own circumstance.
     */
    private static final TokenSet OPENERS = TokenSet.named("subject-clause-openers");
    private static final TokenSet PRONOUNS = TokenSet.named("subject-pronouns");

    /** True when a clause with a subject of its own opens at token {@code at}: "as they demanded". */
    private static boolean newSubject(List<Token> tokens, int at) {
        return at + 1 < tokens.size() && OPENERS.has(tokens.get(at))
                && PRONOUNS.has(tokens.get(at + 1));
    }

    /** Words that open the object of a verb: "blocked the road", "torched their cars". */
    private static final java.util.Set<String> OBJECT_OPENERS = WordSets.named("gap-object-openers");

    private static final int AND_INITIAL = Lexeme.initial("and");

    /**
     * True when a second verb of the same subject, with its own object, opens at token {@code at}:
     * "set fire to tyres and blocked the road leading to the secretariat", where the secretariat is
     * the road's end, not what burned. An adjective joined by "and" ("old and abandoned buildings")
     * takes no object opener after it.
     */
    private static boolean newPredicate(List<Token> tokens, int at) {
        // the initial, kept in the token, passes over most words without reading their lexeme
        if (at + 2 >= tokens.size() || tokens.get(at).initial() != AND_INITIAL || !tokens.get(at).lower().equals("and")) {
            return false;
        }
        Token verb = tokens.get(at + 1);
        return verb.word() && verb.lower().endsWith("ed") && Character.isLowerCase(verb.surface().charAt(0))
                && OBJECT_OPENERS.contains(tokens.get(at + 2).lower());
    }

    /**
     * Matches words[w..] from token index {@code ti}; returns the index of the last token used,
     * {@code ti - 1} when no words are left, or -1 when the phrase does not match.
     */
    private static int match(List<Trigger.Word> words, int w, List<Token> tokens, int ti) {
        if (w == words.size()) {
            return ti - 1;
        }
        Trigger.Word word = words.get(w);
        if (word.gap()) {
            int skippedWords = 0;
            for (int at = ti; at < tokens.size() && skippedWords <= Trigger.MAX_GAP; at++) {
                int r = match(words, w + 1, tokens, at);
                if (r >= 0) {
                    return r;
                }
                if (newSubject(tokens, at) || newPredicate(tokens, at)) {
                    return -1; // "tried to force their way in as they demanded the resignation": another clause's words
                }
                if (tokens.get(at).word()) {
                    skippedWords++;
                }
            }
            return -1;
        }
        if (ti < tokens.size() && word.matches(tokens.get(ti))) {
            return match(words, w + 1, tokens, ti + 1);
        }
        return -1;
    }
}
