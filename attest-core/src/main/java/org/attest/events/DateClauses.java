package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Where a sentence's clauses begin and end, as far as dates are concerned: a reporting verb just
 * before a date ("the group said on Tuesday"), the clause a reporting verb reports ("announced on
 * 28 November that talks would stop until 2028"), clause barriers between an event and a date
 * ("were hanged after being sentenced in January"), and a date that glosses or ends the one
 * before it ("1401 (March 2022 to March 2023)"). A date that closes the clause before "and" is
 * {@link ClauseSequence}'s. Static helpers of {@link DatePass}.
 */
final class DateClauses {
    /** Words that tie a date to the noun just before it ("elections in June", "vote on 3 May"). */
    static final Set<String> LINKS = HashLookup.setOf("in", "on", "of", "for", "at", "from", "since");
    /** Words before a date that make it a modifier of the noun after it ("the 1988 massacre"). */
    static final Set<String> DETERMINERS = HashLookup.setOf("the", "a", "an", "its", "their", "his", "her",
            "this", "that", "our", "whose");

    private DateClauses() {}

    /**
     * The token index of a reporting verb right after the date ending at token {@code last}
     * ("the experts on Tuesday urged", "police on Monday said"), or -1.
     */
    static int reportingVerbAfter(List<Token> tokens, int last, EventLexicon lexicon) {
        int next = last + 1;
        return last >= 0 && next < tokens.size() && tokens.get(next).word() && lexicon.isReportingVerb(tokens.get(next))
                ? next : -1;
    }

    /**
     * True when hit {@code h} is a reporting verb ("announced") and the date starting at token
     * {@code first} stands in the clause it reports: "announced on November 28 that talks would
     * stop until 2028" dates the announcement by November 28 only ("announced in a video on
     * Wednesday" is dated by Wednesday).
     */
    static boolean reportsClauseWith(Hit h, int first, List<Token> tokens, EventLexicon lexicon) {
        if (first <= h.last()) {
            return false;
        }
        boolean reports = false;
        for (int k = h.first(); k <= h.last() && !reports; k++) {
            reports = lexicon.isReportingVerb(tokens.get(k));
        }
        for (int k = h.last() + 1; reports && k < first; k++) {
            if (tokens.get(k).word() && tokens.get(k).lower().equals("that")) {
                return true; // the reported clause opens before the date
            }
        }
        return false;
    }

    /**
     * By hit, the dates of {@code dates} that stand in the clause the hit, a reporting verb,
     * reports ({@link #reportsClauseWith}): "announced on Sunday evening that the vote would be
     * held on June 30" was said on Sunday, not on June 30.
     */
    static List<List<DateMention>> reportedBy(List<Hit> hits, List<DateMention> dates, List<Token> tokens, EventLexicon lexicon) {
        List<List<DateMention>> out = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            List<DateMention> mine = new ArrayList<>();
            for (DateMention d : dates) {
                if (reportsClauseWith(h, DatePass.tokenAt(tokens, d.span().start()), tokens, lexicon)) {
                    mine.add(d);
                }
            }
            out.add(mine);
        }
        return out;
    }

    /** What may stand between a date and the next one that glosses it or ends its range. */
    private static final Set<String> DATE_JOINS = HashLookup.setOf("(", "to", "until", "till", "-", "\u2013", "\u2014");

    /**
     * True when the date starting at token {@code first} follows the date ending at token
     * {@code previousLast} with only a bracket or a range word between: "in 1401 (March 2022",
     * "March 2022 to March 2023", or with "and" after "between": "between July 20 and July 27";
     * or in the same token as it ("2018-2020").
     */
    static boolean continuesDate(List<Token> tokens, int previousFirst, int previousLast, int first) {
        if (first == previousLast) {
            return true; // "in 2018-2020": both years in one hyphenated token, a range
        }
        if (first <= previousLast + 1 || first - previousLast > 2) {
            return false;
        }
        String join = tokens.get(previousLast + 1).lower();
        return DATE_JOINS.contains(join)
                || join.equals("and") && previousFirst > 0 && tokens.get(previousFirst - 1).lower().equals("between");
    }

    /** Barrier words whose date, even right after them, ends a term the hit runs for ("until Friday"). */
    private static final TokenSet TERM_ENDS = TokenSet.named("term-ends");

    /** Words a clause barrier may stand before its own date and still date the hit ("since June 12"). */
    private static final int BARRIER_REACH = 3;

    /**
     * True when a clause barrier ("after", "since") stands between hit {@code h} and the date that
     * starts at token {@code first} after it, further than {@link #BARRIER_REACH} tokens before the
     * date: "were hanged after being sentenced in January".
     */
    static boolean barred(Hit h, int first, List<Token> tokens, Guards guards) {
        if (PerfectRelatives.holds(h, first, tokens)) {
            return true; // "pupils who had joined a sit-in in 2024 were acquitted"
        }
        if (first >= 1 && first < h.first()) {
            return stretchOfClauseBefore(h, first, tokens) || insideRelativeBefore(h, first, tokens);
        }
        if (first < 0 || first <= h.last()) {
            return false;
        }
        if (OpeningDates.opensClause(first, tokens)) {
            return true; // "detained 30 teachers after protests, and in March 2020, a court ...": the later clause's
        }
        if (PerfectStretches.tooFarBefore(h, first - 1, tokens)) {
            return true; // "... protesters held in custody since 2018" bounds the custody, not a hit far before it
        }
        for (int k = h.last() + 1; k < first; k++) {
            // a date right after a barrier word ("on strike since 12 June") still bounds the event
            // before it, unless the barrier is a verb of its own ("released two days later")
            // a date right after "until" ends a term ("a curfew until Friday morning"): it is no day of the act
            boolean verb = tokens.get(k).lower().endsWith("ed") || TERM_ENDS.has(tokens.get(k));
            if ((k < first - BARRIER_REACH || verb) && guards.dateBarrierAt(tokens, k) && !ownRelativeClause(h, k, tokens)
                    && !quoteClosedBefore(k, first, tokens) && !PerfectStretches.runsInto(h, k, tokens)
                    && !TimeMarkers.between(k, first, tokens)) {
                return true;
            }
        }
        return false;
    }

    /** Opening and closing quotation marks. */
    private static final Set<String> OPENING_QUOTES = HashLookup.setOf("\u201c", "\"", "\u00ab");
    private static final Set<String> CLOSING_QUOTES = HashLookup.setOf("\u201d", "\"", "\u00bb");

    /**
     * True when the clause a barrier at token {@code k} opens is a quotation that closes right
     * before the date starting at token {@code first} (at most a preposition between): "placed under
     * detention on charges of \u201cdisturbing order\u201d on 3 March" names the charge in full, and
     * the date after it is the detention's.
     */
    private static boolean quoteClosedBefore(int k, int first, List<Token> tokens) {
        int close = first - 1;
        if (close > k && LINKS.contains(tokens.get(close).lower())) {
            close--;
        }
        if (close <= k + 1 || !CLOSING_QUOTES.contains(tokens.get(close).surface())) {
            return false;
        }
        for (int j = k + 1; j < close; j++) {
            if (OPENING_QUOTES.contains(tokens.get(j).surface())) {
                return j <= k + 3; // the quotation opens the barrier's own phrase
            }
        }
        return false;
    }

    /** Pronouns that open a relative clause set off by commas: "X, who resigned in October, said", "X, whose term ends this month, said". */
    private static final Set<String> COMMA_RELATIVES = HashLookup.setOf("who", "which", "whose");
    /** Words that may stand between such a clause's closing comma and the hit ("X, who ..., has also said"). */
    private static final Set<String> AUXILIARIES = HashLookup.setOf("has", "have", "had", "also");

    /**
     * True when the date starting at token {@code first} stands inside a relative clause between
     * commas that closes right before hit {@code h}: "the former premier, who resigned in October,
     * said" dates the resignation, not the speech.
     */
    private static boolean insideRelativeBefore(Hit h, int first, List<Token> tokens) {
        int close = h.first() - 1;
        while (close > first && tokens.get(close).word() && AUXILIARIES.contains(tokens.get(close).lower())) {
            close--;
        }
        if (close <= first || !tokens.get(close).surface().equals(",")) {
            return false;
        }
        for (int k = first - 1; k >= 1; k--) {
            if (tokens.get(k).surface().equals(",")) {
                return COMMA_RELATIVES.contains(tokens.get(k + 1).lower());
            }
        }
        return false;
    }

    /** Words that join a clause of its own to the one before ("... since 1986 and critics say ..."). */
    private static final Set<String> CLAUSE_JOINS = HashLookup.setOf("and", "but", ";");

    /**
     * True when the date starting at token {@code first}, before hit {@code h}, opens a stretch
     * after "since" and a conjunction joins another clause between them: "has been in power since
     * 1986 and critics say he is arresting opponents" tells when the rule began, not the arrests
     * ("Since Monday, police have arrested 300 people" dates them).
     */
    private static boolean stretchOfClauseBefore(Hit h, int first, List<Token> tokens) {
        if (!tokens.get(first - 1).lower().equals("since")) {
            return false;
        }
        boolean when = whenAfter(first, h.first(), tokens);
        for (int k = first + 1; k < h.first(); k++) {
            // "since February 1 when the army seized power and detained the president": the verbs
            // of the "when" clause are of that day, until a comma or "but" opens another clause
            if (CLAUSE_JOINS.contains(tokens.get(k).lower())
                    && !(when && tokens.get(k).lower().equals("and") && !tokens.get(k - 1).surface().equals(","))) {
                return true;
            }
        }
        return false;
    }

    /** Tokens a date may take between its start and a "when" that opens its own clause ("February 1 when"). */
    private static final int WHEN_REACH = 4;

    /**
     * True when "when" opens a clause right after the date starting at token {@code first} (the
     * date's words between), before token {@code before}: "since February 1 when ...".
     */
    private static boolean whenAfter(int first, int before, List<Token> tokens) {
        for (int k = first + 1; k < Math.min(before, first + WHEN_REACH); k++) {
            Token t = tokens.get(k);
            if (t.lower().equals("when")) {
                return true;
            }
            if (t.surface().equals(",")) {
                continue; // "since February 1, when ..."
            }
            if (t.clauseBreak() || t.word() && !Character.isDigit(t.surface().charAt(0)) && !t.capitalised()) {
                return false; // the date ended with no "when" after it
            }
        }
        return false;
    }

    /** Relative words that, right after a hit, open a clause about that hit itself. */
    private static final Set<String> RELATIVES = HashLookup.setOf("where", "when");
    /** Pronouns that, after "since", point back to the hit before ("since they began"). */
    private static final Set<String> BACK_POINTERS = HashLookup.setOf("they", "it");
    /** Verbs that tell when something started ("since they began on February 24"). */
    private static final Set<String> START_VERBS = HashLookup.setOf("began", "started", "erupted", "broke", "kicked");

    /**
     * True when the barrier at token {@code k} is a relative word right after the hit (a comma
     * between): "the Free Iran rally, where 100,000 gathered on June 30" dates the rally, while
     * "detained near the parliament, where supporters have camped since February" does not.
     */
    private static boolean ownRelativeClause(Hit h, int k, List<Token> tokens) {
        if (ownStart(h, k, tokens) || ownBeginning(h, k, tokens)) {
            return true;
        }
        if (!RELATIVES.contains(tokens.get(k).lower())) {
            return false;
        }
        int gap = k - h.last() - 1;
        return gap == 0 || (gap == 1 && tokens.get(h.last() + 1).surface().equals(","));
    }

    /** Relative words that open a clause of the noun right before them. */
    private static final Set<String> THAT_WHICH = HashLookup.setOf("that", "which");

    /**
     * True when the barrier at token {@code k} opens a clause of starting right after the hit (a
     * comma between): "protests that began on Friday" date the protests by their start, "a
     * movement that began online last week" does not date a hit before the movement.
     */
    private static boolean ownBeginning(Hit h, int k, List<Token> tokens) {
        if (k + 1 >= tokens.size() || !THAT_WHICH.contains(tokens.get(k).lower()) || !START_VERBS.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        int gap = k - h.last() - 1;
        return gap == 0 || (gap == 1 && tokens.get(h.last() + 1).surface().equals(","));
    }

    /**
     * True when the barrier at token {@code k} is "since" with a pronoun and a verb of starting
     * after it, within a few words of the hit: "the protests in Russia since they began on
     * February 24" dates the protests by their start; "protests since the war began in 2022" is a
     * clause of its own.
     */
    private static boolean ownStart(Hit h, int k, List<Token> tokens) {
        return k + 2 < tokens.size() && k - h.last() <= BARRIER_REACH + 1 && tokens.get(k).lower().equals("since")
                && BACK_POINTERS.contains(tokens.get(k + 1).lower()) && START_VERBS.contains(tokens.get(k + 2).lower());
    }

    /**
     * The token index of a reporting verb just before the date starting at token {@code first}
     * ("said on Tuesday", "told reporters on Friday", "said in a statement on Friday"), not a passive ("protests were reported on
     * Friday" dates the protests), or -1. A date after "that" opens the reported clause and is its
     * own: "the experts noted that on 26 November, guards beat ...".
     */
    static int reportingVerbBefore(List<Token> tokens, int first, EventLexicon lexicon) {
        int words = 0;
        int from = first - 1;
        int noun = from >= 0 && LINKS.contains(tokens.get(from).lower()) ? from - 1 : from;
        int place = placeBefore(tokens, noun);
        if (place >= 0) {
            // "announced at a news conference in Ankara on Thursday": the place of the report, after
            // its verb or its medium; then the verb must stand right there
            int medium = mediumBefore(tokens, place - 1);
            int verb = medium >= 0 ? medium - 1 : place - 1;
            return verb >= 0 && tokens.get(verb).word() && lexicon.isReportingVerb(tokens.get(verb))
                    && !passiveBefore(tokens, verb) ? verb : -1;
        }
        int told = SpeechAddressees.verbBefore(tokens, noun);
        if (told >= 0) {
            return told; // "told the state news agency on Monday"
        }
        int medium = mediumBefore(tokens, noun);
        if (medium >= 0) {
            // "said in a statement on Friday", "said in a televised address on Sunday", "said on its
            // Telegram channel on June 17": the medium of the report stands between the verb and its date
            from = medium - 1;
        }
        for (int i = from; i >= 0 && words < 3; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return -1;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (t.lower().equals("that")) {
                return -1;
            }
            if (lexicon.isReportingVerb(t)) {
                return passiveBefore(tokens, i) ? -1 : i;
            }
        }
        return attributionBefore(tokens, first);
    }

    /** Words that open the medium of a report between its verb and its date ("in a statement", "on its website", "at a news conference"). */
    private static final Set<String> MEDIUM_LINKS = HashLookup.setOf("in", "on", "at");

    /**
     * The index of the link that opens a medium ending at token {@code noun} ("in a statement",
     * "at a news conference": a link, a determiner, one or two words), or -1.
     */
    private static int mediumBefore(List<Token> tokens, int noun) {
        for (int det = noun - 1; det >= Math.max(1, noun - 2); det--) {
            if (DETERMINERS.contains(tokens.get(det).lower()) && MEDIUM_LINKS.contains(tokens.get(det - 1).lower())
                    && allWords(tokens, det + 1, noun)) {
                return det - 1;
            }
        }
        return -1;
    }

    /** The index of "in" when token {@code noun} is a capitalised name right after it ("in Ankara"), or -1. */
    private static int placeBefore(List<Token> tokens, int noun) {
        return noun >= 1 && tokens.get(noun).word() && tokens.get(noun).capitalised()
                && tokens.get(noun - 1).lower().equals("in") ? noun - 1 : -1;
    }

    /** True when a form of "be" (adverbs allowed between) stands before the verb at {@code verb}: a passive. */
    private static boolean passiveBefore(List<Token> tokens, int verb) {
        int b = verb - 1;
        while (b >= 0 && tokens.get(b).word() && ADVERBS.contains(tokens.get(b).lower())) {
            b--;
        }
        return b >= 0 && tokens.get(b).word() && PASSIVE.contains(tokens.get(b).lower());
    }

    /** Words an attribution may hold between "according to" and its date ("according to unofficial reports in Iranian media yesterday"). */
    private static final int ATTRIBUTION_REACH = 8;

    /**
     * The token index of "according" when the date starting at token {@code first} ends an
     * attribution ("..., according to unofficial reports in Iranian media yesterday"): the date
     * says when the source spoke, as "said on Tuesday" does; or -1.
     */
    private static int attributionBefore(List<Token> tokens, int first) {
        int words = 0;
        for (int i = first - 1; i >= 1 && words < ATTRIBUTION_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                return -1;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (t.lower().equals("to") && tokens.get(i - 1).lower().equals("according")) {
                return i - 1;
            }
        }
        return -1;
    }

    private static final Set<String> PASSIVE = HashLookup.setOf("was", "were", "been", "being", "is", "are", "be");

    private static final Set<String> ADVERBS = HashLookup.setOf("also", "first", "widely", "reportedly", "not");

    /** True when the tokens {@code from} to {@code to} (inclusive) are all words. */
    private static boolean allWords(List<Token> tokens, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (!tokens.get(k).word()) {
                return false;
            }
        }
        return true;
    }
}
