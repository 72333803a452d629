package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A vote, arrest, execution, killing or death sentence that is only asked for: "demanding early
 * parliamentary elections", "a rally called for snap elections", "pressed for the arrest of the
 * officers". What a demand names has not happened. A boycott demanded is a boycott call, and a
 * protest demanded keeps its own cues, so only these types are looked at; a demand in another
 * clause ("supporters, demanding a recount, gathered as the election results came in") is not.
 * A vote with "the" after the demand is one already set, the demand is about something else:
 * "calls for the election to be postponed". A preposition between them ends the demand's object:
 * in "called for calm after the arrest of nine growers" the arrest happened.
 */
final class Demands {
    private Demands() {}

    /** Words looked at before the hit: the demand verb, then up to three modifiers ("early parliamentary"). */
    private static final int WINDOW = 4;

    private static final Set<String> TYPES = WordSets.named("demanded-types");
    private static final Set<String> DEMAND_VERBS = WordSets.named("demand-verbs");
    private static final Set<String> ASK_FOR_VERBS = WordSets.named("ask-for-verbs");
    private static final TokenSet OBJECT_ENDS = TokenSet.named("demand-ends");
    /** Verbs that end a list's reach: the items of a demand name no such clause. */
    private static final Set<String> FINITE = WordSets.named("demand-list-ends");

    /** True when a demand verb, or an asking verb and its "for", stands a few words before the hit in its clause. */
    static boolean demanded(List<Token> tokens, Hit h) {
        if (!TYPES.contains(h.type())) {
            return false;
        }
        int words = 0;
        for (int i = h.first() - 1; i >= 0 && words < WINDOW; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak()) {
                // "demanding the closure of Congress, new elections and a constituent assembly": an item of the list demanded
                return t.surface().equals(",") && words < WINDOW - 1 && nounPhrase(tokens, h) && listGoesOn(tokens, h.last())
                        && demandedList(tokens, i);
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (OBJECT_ENDS.has(t)) {
                return false;
            }
            if (t.lower().equals("the") && h.type().equals("election")) {
                return false;
            }
            if (DEMAND_VERBS.contains(t.lower())) {
                return true;
            }
            if (t.lower().equals("for") && askedFor(tokens, i)) {
                return true;
            }
        }
        return mandative(tokens, h);
    }

    /** Words a date or an adverb puts between the asking verb and "for": "called on Monday for". */
    private static final Set<String> FOR_SKIPS = WordSets.named("demand-for-skips");
    /** Verbs whose "that" clause asks in the subjunctive: "demanded that the killers be arrested". */
    private static final Set<String> MANDATIVE = WordSets.named("mandative-verbs");
    /** Words searched back from "for" for its verb, over a date or an adverb. */
    private static final int FOR_REACH = 4;
    /** Tokens searched back from the subjunctive "be" for "that". */
    private static final int THAT_REACH = 8;

    /** True when an asking verb stands before the "for" at {@code forAt}, over a date or an adverb: "called on Monday for". */
    private static boolean askedFor(List<Token> tokens, int forAt) {
        for (int k = forAt - 1; k >= 0 && k >= forAt - FOR_REACH; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            String w = t.lower();
            if (ASK_FOR_VERBS.contains(w)) {
                return true;
            }
            if (!FOR_SKIPS.contains(w) && !Character.isDigit(w.charAt(0))) {
                return false;
            }
        }
        return false;
    }

    /**
     * True for the subjunctive a demand takes ("demanded that the killers be arrested", "urged that
     * the men be tried"): the passive with a bare "be", after "that" and a verb of asking. The act is
     * asked for, not done; "said that the men were arrested" is no subjunctive.
     */
    private static boolean mandative(List<Token> tokens, Hit h) {
        int be = h.first() - 1;
        if (be < 1 || !tokens.get(be).lower().equals("be")) {
            return false;
        }
        for (int k = be - 1; k >= 1 && k >= be - THAT_REACH; k--) {
            Token t = tokens.get(k);
            if (t.clauseBreak()) {
                return false;
            }
            if (t.lower().equals("that")) {
                return MANDATIVE.contains(tokens.get(k - 1).lower());
            }
        }
        return false;
    }

    /** True when the hit names a thing, not an act: a noun trigger, or one after a determiner ("the arrest of"). */
    private static boolean nounPhrase(List<Token> tokens, Hit h) {
        return !h.trigger().action() || h.first() > 0 && DateClauses.DETERMINERS.contains(tokens.get(h.first() - 1).lower());
    }

    /** Words a list's earlier items may take before the comma at which {@link #demandedList} starts. */
    private static final int LIST_REACH = 10;

    /** Words the list item may go on after the hit: "the arrest of the two officers". */
    private static final int ITEM_REACH = 5;

    /**
     * True when the list item that holds the hit ending at token {@code last} is followed, within
     * {@value #ITEM_REACH} words and with no verb of its own, by another item ("and", "or", a comma)
     * or ends its sentence: an item of a list, not a clause of its own ("..., demanding reforms,
     * elections were called in May").
     */
    private static boolean listGoesOn(List<Token> tokens, int last) {
        int words = 0;
        for (int i = last + 1; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.lower();
            if (w.equals("and") || w.equals("or") || w.equals(",") || w.equals(".")) {
                return true;
            }
            if (t.clauseBreak() || t.word() && (FINITE.contains(w) || ++words > ITEM_REACH)) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when a demand verb (or an asking verb and its "for") opens the list whose earlier items
     * stand before the comma at token {@code comma}, within {@value #LIST_REACH} words and with no
     * clause break but commas between: "demanding the closure of Congress, new elections".
     */
    private static boolean demandedList(List<Token> tokens, int comma) {
        int words = 0;
        for (int i = comma - 1; i >= 0 && words < LIST_REACH; i--) {
            Token t = tokens.get(i);
            if (t.clauseBreak() && !t.surface().equals(",")) {
                return false;
            }
            if (!t.word()) {
                continue;
            }
            words++;
            if (DEMAND_VERBS.contains(t.lower())) {
                return true;
            }
            if (t.lower().equals("for") && i > 0 && tokens.get(i - 1).word()
                    && ASK_FOR_VERBS.contains(tokens.get(i - 1).lower())) {
                return true;
            }
            if (FINITE.contains(t.lower())) {
                return false; // a verb of its own clause: "police said on Monday, new elections ..."
            }
        }
        return false;
    }
}
