package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A plural event noun counted as a monitor's or a year's total: "the group counted 611 executions
 * in 2021", "had logged 52 killings and 640 detentions", "registered 900
 * arrests in 2020", "a tenth of all executions recorded in 2019", "from 180
 * executions in 2016 to 31 in 2019", "carried out more executions than its neighbours". A total
 * sums up many acts, each told (or not) on its own; the count is a figure the quantities stage
 * keeps, and the act of counting, when news, is the statement. Only a plural noun of the types of
 * {@code counted-total-types} is asked, and only when a verb of record-keeping governs it (before
 * it in its clause, or as a participle right after it), when a figure before it is dated by a bare
 * year ("180 executions in 2016"), or when it is compared ("more executions than"); a verb of record-keeping
 * counts a total only over a year or a whole country. "Documented
 * the killings of nine miners" names the acts themselves and stays; so does "carried out 12
 * executions on Tuesday", a day's news. A share "of all" those a verb or noun of any of these types
 * counts ("a third of all those hanged that year") is measured against such a total too (viol220).
 */
final class CountedTotals {
    private CountedTotals() {}

    /** Types whose plural noun can be a total: "executions", "killings", "arrests", "attacks". */
    private static final Set<String> TYPES = WordSets.named("counted-total-types");
    /** Verbs of record-keeping: "counted", "recorded", "registered", "documented", "tallied". */
    private static final Set<String> RECORD_VERBS = WordSets.named("tally-record-verbs");
    /** Words that compare a total with another: "more", "fewer". */
    private static final Set<String> COMPARATIVES = WordSets.named("tally-comparatives");
    /** Tokens searched back from the noun for the verb: "had logged at least 40 killings and 700 unlawful". */
    private static final int VERB_REACH = 8;
    /** Tokens searched back from the noun for the figure: "at least 221 drug-related executions". */
    private static final int FIGURE_REACH = 3;

    /** True when hit {@code h} is a plural event noun a total counts. */
    static boolean counted(List<Token> tokens, Hit h) {
        if (TYPES.contains(h.type()) && shareOfAll(tokens, h)) {
            return true; // "a third of all those hanged that year": a share of a total
        }
        Trigger.Form form = h.trigger().form();
        Token last = tokens.get(h.last());
        boolean noun = form == Trigger.Form.NOUN && plural(last) || form == Trigger.Form.ACT && pluralOfVerbLine(last);
        if (!noun || !TYPES.contains(h.type())) {
            return false;
        }
        int after = h.last() + 1;
        if (after < tokens.size() && tokens.get(after).lower().equals("of") && !kindsCounted(tokens, h, after)) {
            return false; // "documented the killings of nine miners": the acts themselves
        }
        boolean recorded = (recordedBefore(tokens, h.first()) || recordedAfter(tokens, after)) && !runningSince(tokens, after);
        return recorded && wholeScope(tokens) || yearFigure(tokens, h) || compared(tokens, h);
    }

    /** Words looked back from a hit for "of all": "of all those arrested", "of all people executed". */
    private static final int SHARE_REACH = 2;

    /**
     * True when "of all" stands right before the hit, or before at most one word of who it counts:
     * "half of all executions", "a third of all those arrested", "a fifth of all people executed".
     * A share is measured against every act of a stretch, a total, and tells none of them.
     */
    private static boolean shareOfAll(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 1 && words < SHARE_REACH; k--, words++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            if (t.lower().equals("all") && tokens.get(k - 1).lower().equals("of")) {
                return true;
            }
        }
        return false;
    }

    /** Words of a total over a whole country: "nationwide", "countrywide". */
    private static final Set<String> SCOPES = WordSets.named("total-scope-words");

    /**
     * True when the sentence sets its count over a year or a whole country ("counted 611 executions
     * in 2023", "143 killings of rural activists nationwide"): a monitor's few deaths near a place ("recorded
     * two killings near the quarry") stay its report of them (TalliedDeathsTest).
     */
    private static boolean wholeScope(List<Token> tokens) {
        for (Token t : tokens) {
            if (ToldSettings.year(t) || t.word() && SCOPES.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when "since" follows the noun in its clause: "has logged at least 90 executions since 1
     * January" is a running count of the present stretch, whose latest acts are the news, as a rights
     * body's period total is ({@link RightsAccounts}).
     */
    private static boolean runningSince(List<Token> tokens, int after) {
        for (int k = after; k < tokens.size() && k < after + SINCE_REACH; k++) {
            if (tokens.get(k).clauseBreak()) {
                return false; // "..., the highest figure since records began" compares, it runs no count
            }
            if (tokens.get(k).lower().equals("since")) {
                return true;
            }
        }
        return false;
    }

    /** Tokens after the noun in which the "since" of a running count stands: "executions in the province since 1 January". */
    private static final int SINCE_REACH = 6;

    /** Words that open the victims of "of" as people in particular: "the killings of the two", "of 12 protesters". */
    private static final Set<String> PARTICULAR = WordSets.named("particular-openers");

    /**
     * True for a figure before the noun and a bare plural after its "of": "counted 143 killings of
     * rural activists" counts acts against a kind of people, where "the killings of nine miners"
     * names the acts.
     */
    private static boolean kindsCounted(List<Token> tokens, Hit h, int of) {
        boolean counted = false;
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - FIGURE_REACH; k--) {
            counted |= figure(tokens.get(k));
        }
        if (!counted || of + 1 >= tokens.size()) {
            return false;
        }
        Token next = tokens.get(of + 1);
        return next.word() && !next.capitalised() && !PARTICULAR.contains(next.lower()) && !figure(next);
    }

    /** True for a plural noun: "executions", "arrests"; not a noun in "-ss". */
    private static boolean plural(Token t) {
        String w = t.lower();
        return t.word() && w.endsWith("s") && !w.endsWith("ss");
    }

    /**
     * True for a plural noun a verb's line matches by its stem ("killings" for "killed"): a noun in
     * "-ings" or "-ions", not a verb of the present ("arrests", "kills").
     */
    private static boolean pluralOfVerbLine(Token t) {
        String w = t.lower();
        return t.word() && (w.endsWith("ings") || w.endsWith("ions"));
    }

    /** True when a verb of record-keeping stands before the noun in its clause: "counted 611 executions". */
    private static boolean recordedBefore(List<Token> tokens, int first) {
        for (int k = first - 1; k >= 0 && k >= first - VERB_REACH; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.word() && RECORD_VERBS.contains(t.lower())) {
                return k > 0; // "Recorded hangings rose ...": a participle opening the sentence is the noun's adjective
            }
        }
        return false;
    }

    /** True when a participle of record-keeping follows the noun: "all executions recorded in 2019". */
    private static boolean recordedAfter(List<Token> tokens, int after) {
        return after < tokens.size() && tokens.get(after).word() && RECORD_VERBS.contains(tokens.get(after).lower())
                && tokens.get(after).lower().endsWith("ed");
    }

    /** True for a figure before the noun and a bare year right after it: "180 executions in 2016". */
    private static boolean yearFigure(List<Token> tokens, Hit h) {
        int in = h.last() + 1;
        if (in + 1 >= tokens.size() || !tokens.get(in).lower().equals("in") || !ToldSettings.year(tokens.get(in + 1))) {
            return false;
        }
        for (int k = h.first() - 1; k >= 0 && k >= h.first() - FIGURE_REACH; k--) {
            if (figure(tokens.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** True for a comparative right before the noun and "than" right after it: "more executions than". */
    private static boolean compared(List<Token> tokens, Hit h) {
        int after = h.last() + 1;
        return h.first() >= 1 && COMPARATIVES.contains(tokens.get(h.first() - 1).lower())
                && after < tokens.size() && tokens.get(after).lower().equals("than");
    }

    private static boolean figure(Token t) {
        String s = t.surface();
        return !s.isEmpty() && Character.isDigit(s.charAt(0)) && s.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
    }
}
