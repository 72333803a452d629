package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.dates.IsoDates;
import org.attest.model.DateMention;

/**
 * Whether a date after a call to boycott names the thing boycotted: "urged supporters to boycott
 * the general elections due in January", "called for a boycott of the celebrations for the army's
 * anniversary in October". The day is the vote's or the celebration's, which the call looks ahead
 * to; the call was made on the day the text gives it elsewhere (its paragraph, the lead, or the day
 * of writing for a call in the present perfect), when that day comes after the object's date as the
 * dates stage read it ({@link #beforeCall}). A date right after the boycott word ("called for a
 * boycott on Friday", "boycott from Monday") may be the call's or the day called for, and is left to
 * {@link CallDates}; so is a date in another clause. Round stmt210.
 */
final class BoycottObjects {
    /** The words of a call's trigger that name a boycott: what a noun and its date after it is the object of. */
    private static final Set<String> BOYCOTT_WORDS = WordSets.named("boycott-call-words");
    /** Words that may stand between the boycott word and its date without naming an object: "a boycott on Friday". */
    private static final Set<String> LINKS = WordSets.named("boycott-date-links");
    /** Tokens after the trigger in which the object's date is looked for. */
    private static final int REACH = 12;

    /** Conjunctions that open a clause of their own: "to boycott the election in 250 areas and by May ...". */
    private static final Set<String> CLAUSE_JOINS = Set.of("and", "but", "while", "as", "after", "before", "when");

    private BoycottObjects() {}

    /**
     * True when the context dates the call ({@code context}) after the object's date {@code d}, at
     * the precision they share: a boycott is called before what it boycotts, so a date that the
     * dates stage read as past ("the elections due in January", written in November) names the
     * object; "called for a boycott of the elections in June" in a June report may date the call, and
     * keeps it.
     */
    static boolean beforeCall(DateMention d, DatePass.Choice context) {
        return d.value() != null && context.date() != null && !context.rule().startsWith("same-type")
                && IsoDates.compareAtSharedPrecision(d.value(), context.date()) < 0;
    }

    /**
     * True when hit {@code h} is a {@code boycott_call} whose trigger ends in a boycott word and the
     * date starting at token {@code first} follows it in its clause after a word that names what is
     * boycotted ("elections", "celebrations").
     */
    static boolean objectsDay(List<Token> tokens, Hit h, int first) {
        if (!h.type().equals("boycott_call") || first <= h.last() || first - h.last() > REACH
                || !BOYCOTT_WORDS.contains(tokens.get(h.last()).lower())) {
            return false;
        }
        boolean object = false;
        for (int k = h.last() + 1; k < first; k++) {
            Token t = tokens.get(k);
            if (t.clauseBreak() || t.surface().equals(",") || t.surface().equals(";") || CLAUSE_JOINS.contains(t.lower())) {
                return false; // "called for a boycott, which began on Monday": another clause's day
            }
            if (t.word() && !LINKS.contains(t.lower())) {
                object = true;
            }
        }
        return object;
    }
}
