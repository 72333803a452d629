package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;
import org.attest.model.DatePrecision;

/**
 * Statistics about events the report has already counted: "an average of five hangings per day
 * in March", "Among the 90 detained, 14 were minors", "Most arrests were linked to the strike",
 * "only 3 killings (2%) were acknowledged by officials". A report gives a count ("90 people were
 * detained in March") and then breaks it down by share, average or cause; the breakdown tells
 * the same events again, never new ones. A sentence that says its events are others ("three more
 * were hanged on Sunday") or states a day of its own is news, and {@link EventStage} keeps it; so
 * is a first mention, since the caller asks that the type was told. Static helpers of
 * {@link EventStage}.
 */
final class Breakdowns {
    private Breakdowns() {}

    /** Types counted in people or cases, whose counts reports break down. */
    private static final Set<String> COUNTED = WordSets.named("broken-down-types");
    /** Words before an event word that make it a share or an average of a count: "most executions", "among the 90 detained". */
    private static final TokenSet SHARE_BEFORE = TokenSet.named("share-words");
    /** Verbs after "were" that file a count under a cause: "executions were linked to drug charges". */
    private static final Set<String> FILED_UNDER = WordSets.named("filed-under-verbs");
    /** Words before the event word searched for a share word, within its clause. */
    private static final int REACH = 4;

    /**
     * True when the hit, of a type the report has told (the caller asks), is a {@link #statistic}
     * in a sentence that states no day of its own and does not say its events are others.
     */
    static boolean retold(List<Token> tokens, Hit h, List<DateMention> here) {
        return statistic(tokens, h) && here.stream().noneMatch(m -> m.precision() == DatePrecision.DAY)
                && !Retellings.saysAnother(tokens);
    }

    /**
     * True when the hit of a counted type is framed as a statistic of a count: a share or average
     * word among the {@link #REACH} words before it in its clause ("an average of more than four
     * executions", "Among the 144 executed", "40 percent of the arrests"), a sentence opening "Of"
     * ("Of those detained, ..."), a rate or a percentage right after it ("executions per day",
     * "6 executions (4%)"), or a passive filing it under a cause ("were linked to drug charges").
     */
    static boolean statistic(List<Token> tokens, Hit h) {
        // a share of a crowd ("among the protesters") is the participants' business (Participants)
        if (!COUNTED.contains(Strikes.kind(h)) || h.trigger().frame() || h.trigger().form() == Trigger.Form.PERSON) {
            return false;
        }
        return shareBefore(tokens, h) || openedByOf(tokens, h) || rateAfter(tokens, h) || filedUnder(tokens, h);
    }

    private static boolean shareBefore(List<Token> tokens, Hit h) {
        for (int k = h.first() - 1, words = 0; k >= 0 && words < REACH; k--) {
            Token t = tokens.get(k);
            if (clauseEnd(t)) {
                return false;
            }
            if (t.surface().equals("%")) {
                return true; // "40% of the arrests"
            }
            if (t.word()) {
                words++;
                if (SHARE_BEFORE.has(t)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Of the 144 executed, 12 were ...", "Of those arrested, ...": the sentence opens with a part of a count. */
    private static boolean openedByOf(List<Token> tokens, Hit h) {
        if (tokens.isEmpty() || !tokens.get(0).lower().equals("of")) {
            return false;
        }
        for (int k = 1; k < h.first(); k++) {
            if (clauseEnd(tokens.get(k))) {
                return false;
            }
        }
        return h.first() <= REACH + 1;
    }

    /** "executions per day", "6 executions (4%)", "arrests (12 percent)". */
    private static boolean rateAfter(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (k < tokens.size() && tokens.get(k).lower().equals("per")) {
            return true;
        }
        if (k < tokens.size() && tokens.get(k).surface().equals("(")) {
            for (int j = k + 1; j < tokens.size() && j <= k + 4 && !tokens.get(j).surface().equals(")"); j++) {
                String s = tokens.get(j).lower();
                if (s.equals("%") || s.equals("percent")) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "executions were linked to drug charges", "the arrests were related to the strike". */
    private static boolean filedUnder(List<Token> tokens, Hit h) {
        int k = h.last() + 1;
        if (k + 1 < tokens.size() && tokens.get(k).surface().equals("(")) {
            while (k < tokens.size() && !tokens.get(k).surface().equals(")")) {
                k++; // "executions (4%) were linked to"
            }
            k++;
        }
        if (k + 1 >= tokens.size()) {
            return false;
        }
        String be = tokens.get(k).lower();
        return (be.equals("were") || be.equals("was")) && FILED_UNDER.contains(tokens.get(k + 1).lower());
    }

    private static boolean clauseEnd(Token t) {
        String s = t.surface();
        return s.equals(",") || s.equals(";") || s.equals(".") || s.equals(":");
    }
}
