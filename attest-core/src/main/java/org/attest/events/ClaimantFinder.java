package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

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
    /** Words that may stand between a reporting verb and the name after it: "..., said the Reform Front", "announced by the governor". */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "by");
    /** Words that open a clause of cause or time: a speaker right after one is no claimant. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "when", "because",
            "until", "since", "once", "while");
    private final EventLexicon lexicon;

    ClaimantFinder(EventLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The claimant of the sentence, or null.
     *
     * @param dated true for a token inside a date mention: a run of such tokens ("on Monday warned",
     *              "said Friday that") is a day, never who speaks
     */
    String find(String text, List<Token> tokens, List<NameRun> all, OrgMemory memory, Predicate<Token> dated) {
        List<NameRun> runs = new ArrayList<>(all.size());
        for (NameRun r : all) {
            if (!dated.test(tokens.get(r.first())) || !dated.test(tokens.get(r.last()))) {
                runs.add(r);
            }
        }
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
                String who = before(text, tokens, runs, i, memory);
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
    private String before(String text, List<Token> tokens, List<NameRun> runs, int v, OrgMemory memory) {
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
                if (r.first() > 0 && SUBORDINATORS.contains(tokens.get(r.first() - 1).lower())) {
                    return null;
                }
                return r.first() > 1 && PLACE_PREPOSITIONS.contains(tokens.get(r.first() - 1).lower())
                        ? placedSpeaker(text, tokens, r) : withoutPossessive(r.text());
            }
        }
        if (lexicon.isPronoun(t)) {
            return memory.resolve(null);
        }
        if (lexicon.isAnaphor(t) && i > 0 && tokens.get(i - 1).lower().equals("the")) {
            String here = namedEarlierInSentence(runs, i - 1, t.lower());
            return here != null ? here : memory.resolve(t.lower());
        }
        return null;
    }

    /** Prepositions that tie a place to the speaker before it: "Officials in London", "Police in Dakar". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "from", "at");
    /** Words a speaker tied to a place may hold before its preposition: "Officials", "the port police". */
    private static final int PLACED_WORDS = 4;

    /**
     * "Police in Dakar said": the speaker is "Police in Dakar", not the place. Null when no short
     * phrase of words opens the clause before the preposition.
     */
    private static String placedSpeaker(String text, List<Token> tokens, NameRun r) {
        int k = r.first() - 2;
        int words = 0;
        while (k >= 0 && tokens.get(k).word() && words < PLACED_WORDS) {
            words++;
            k--;
        }
        if (words == 0 || k >= 0 && tokens.get(k).word()) {
            return null;
        }
        int from = k + 1;
        if (tokens.get(from).lower().equals("the") && from < r.first() - 2) {
            from++;
        }
        return withoutPossessive(text.substring(tokens.get(from).start(), tokens.get(r.last()).end()));
    }

    /**
     * The nearest organisation named earlier in the sentence whose name holds the anaphor ("the
     * Republican Party (RP) ...; the party said"): it is the one the anaphor points to, before any
     * body of earlier sentences. Null when none.
     */
    private static String namedEarlierInSentence(List<NameRun> runs, int before, String anaphor) {
        String found = null;
        for (NameRun r : runs) {
            if (r.last() < before && r.org() && r.text().toLowerCase(Locale.ROOT).contains(anaphor)) {
                found = r.text();
            }
        }
        return found;
    }

    /** A name without the possessive that closes it: "the group's records" are the group's. */
    private static String withoutPossessive(String name) {
        if (name.endsWith("'s") || name.endsWith("\u2019s")) {
            return name.substring(0, name.length() - 2);
        }
        return name;
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
        // "... said the Reform Front": a name right after the verb, or after an article or the agent's
        // "by" ("announced by Governor X"); not "wrote on
        // X" nor "announced that Iran's youth", where the name opens what is said
        boolean article = ARTICLES.contains(tokens.get(at).lower());
        for (NameRun r : runs) {
            if (r.first() == at || article && r.first() == at + 1) {
                return withoutPossessive(r.text());
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
