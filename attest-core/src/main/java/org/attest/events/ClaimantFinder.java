package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Who says what a sentence reports, as distinct from the publisher; {@code null} when the text
 * states it in its own voice. Patterns, first match in text order wins:
 * <ol>
 *   <li>"according to X": the name (or the words up to the next punctuation) after it;</li>
 *   <li>"X said / stated / reported / announced / told / wrote / claimed ..." with up to three
 *       skip words between ("X has also said"), X a capitalised name, "the network"-like
 *       anaphor or "they"/"it";</li>
 *   <li>after a quote or comma, "... said X" / "... said the network".</li>
 * </ol>
 * Anaphors and pronouns resolve through {@link OrgMemory} to the nearest earlier organisation;
 * "he"/"she" are not resolved and give no claimant.
 */
final class ClaimantFinder {
    private static final int NP_MAX = 8;
    /** Words that open a clause of cause or time: a speaker right after one is no claimant. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "because",
            "until", "since", "once", "while");
    private final EventLexicon lexicon;

    ClaimantFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    String find(String text, List<Token> tokens, List<NameRun> runs, OrgMemory memory) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (!t.word()) {
                continue;
            }
            if (t.lower().equals("according") && i + 1 < tokens.size() && tokens.get(i + 1).lower().equals("to")) {
                String who = after(text, tokens, runs, i + 2, memory, true);
                if (who != null) {
                    return who;
                }
            }
            if (lexicon.isReportingVerb(t)) {
                String who = before(tokens, runs, i, memory);
                if (who == null && i > 0 && (tokens.get(i - 1).quote() || tokens.get(i - 1).surface().equals(","))) {
                    who = after(text, tokens, runs, i + 1, memory, false);
                }
                if (who != null) {
                    return who;
                }
            }
        }
        return null;
    }

    /** The subject ending just before the verb at {@code v}, or null. */
    private String before(List<Token> tokens, List<NameRun> runs, int v, OrgMemory memory) {
        int i = v - 1;
        int skipped = 0;
        while (i >= 0 && skipped < 3 && tokens.get(i).word() && !tokens.get(i).capitalised()
                && (lexicon.isSkipWord(tokens.get(i)) || tokens.get(i).lower().endsWith("ly"))) {
            i--;
            skipped++;
        }
        if (i < 0 || !tokens.get(i).word()) {
            return null;
        }
        Token t = tokens.get(i);
        for (NameRun r : runs) {
            if (r.last() == i) {
                // "protests erupted after the prime minister announced ...": a clause that says
                // why, not who tells the news
                return r.first() > 0 && SUBORDINATORS.contains(tokens.get(r.first() - 1).lower()) ? null : r.text();
            }
        }
        if (lexicon.isPronoun(t)) {
            return memory.resolve(null);
        }
        if (lexicon.isAnaphor(t) && i > 0 && tokens.get(i - 1).lower().equals("the")) {
            return memory.resolve(t.lower());
        }
        return null;
    }

    /**
     * The noun phrase starting at {@code at}: a capitalised name, "the" + anaphor, a pronoun, or
     * (when {@code loose}) the words up to the next punctuation.
     */
    private String after(String text, List<Token> tokens, List<NameRun> runs, int at, OrgMemory memory,
                         boolean loose) {
        if (at >= tokens.size()) {
            return null;
        }
        int i = at;
        if (tokens.get(i).lower().equals("the") && i + 1 < tokens.size()) {
            Token next = tokens.get(i + 1);
            if (lexicon.isAnaphor(next) && !next.capitalised()) {
                return memory.resolve(next.lower());
            }
        }
        for (NameRun r : runs) {
            if (r.first() >= at && r.first() <= at + 1) {
                return r.text();
            }
        }
        if (lexicon.isPronoun(tokens.get(i))) {
            return memory.resolve(null);
        }
        if (!loose) {
            return null;
        }
        int end = i;
        while (end < tokens.size() && tokens.get(end).word() && end - i < NP_MAX) {
            end++;
        }
        return end > i ? text.substring(tokens.get(i).start(), tokens.get(end - 1).end()) : null;
    }
}
