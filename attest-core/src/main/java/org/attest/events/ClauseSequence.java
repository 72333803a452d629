package org.attest.events;

import java.util.List;
import java.util.Set;
import org.attest.model.DateMention;

/**
 * Dates that close the clause before "and": "arrested in May and sentenced in July", "organised a
 * rally on 3 May, and later was detained", or before a participle of consequence: "shot dead on
 * Sunday, prompting thousands to march on Tuesday". Static helpers of {@link DatePass}.
 */
final class ClauseSequence {
    private ClauseSequence() {}

    /**
     * The hit a date between two verbs belongs to: "arrested in Tehran in August 2023 and
     * sentenced to death in July 2024": a date right before "and" and the next verb closes the
     * verb phrase before it, though the next verb stands nearer. Else {@code best} unchanged.
     */
    static int closesVerbBefore(int best, DateMention d, List<Hit> hits, List<Token> tokens) {
        if (best < 0) {
            return best;
        }
        int last = DatePass.tokenAt(tokens, d.span().end() - 1);
        Hit next = hits.get(best);
        if (last < 0 || next.first() <= last) {
            return best;
        }
        int k = last + 1;
        boolean comma = k < next.first() && tokens.get(k).surface().equals(",");
        if (comma) {
            k++;
        }
        if (comma && k < next.first() && consequenceAt(tokens, k, next.first())) {
            return verbBefore(d, hits, tokens, best); // "shot dead on Sunday, prompting thousands to march": the shooting's
        }
        if (k >= next.first() || !tokens.get(k).lower().equals("and")) {
            return best;
        }
        // ", and later was arrested": words of sequence and auxiliaries may stand before the next verb
        int j = k + 1;
        boolean sequence = false;
        while (j < next.first() && tokens.get(j).word() && AFTER_AND.contains(tokens.get(j).lower())) {
            sequence |= SEQUENCE.contains(tokens.get(j).lower());
            j++;
        }
        if (j != next.first()) {
            return best;
        }
        int before = -1;
        for (int i = 0; i < hits.size(); i++) {
            // "organized a rally on 3 May, and later was detained": after a comma and a word of
            // sequence, the object noun of the first clause is the date's too
            if (hits.get(i).last() < DatePass.tokenAt(tokens, d.span().start())
                    && (hits.get(i).trigger().form() == Trigger.Form.ACT || comma && sequence)) {
                before = i;
            }
        }
        return before >= 0 ? before : best;
    }

    /** The last act hit that ends before the date {@code d}, or {@code best} when none does. */
    private static int verbBefore(DateMention d, List<Hit> hits, List<Token> tokens, int best) {
        int before = -1;
        for (int i = 0; i < hits.size(); i++) {
            if (hits.get(i).last() < DatePass.tokenAt(tokens, d.span().start()) && hits.get(i).trigger().form() == Trigger.Form.ACT) {
                before = i;
            }
        }
        return before >= 0 ? before : best;
    }

    /**
     * True when a word of sequence follows the date ending at token {@code last} (a comma, "and",
     * auxiliaries between): "organised a rally on 3 May, and later was detained" puts what follows
     * at another time, so the date is none of the later clause's; so does a comma and a participle
     * of consequence ("shot dead on Sunday, prompting thousands to march"): what it led to came after.
     */
    static boolean laterAfter(List<Token> tokens, int last) {
        int k = last + 1;
        if (k < tokens.size() && tokens.get(k).surface().equals(",")) {
            k++;
            if (last >= 0 && k < tokens.size() && consequenceAt(tokens, k, tokens.size())) {
                return true;
            }
        }
        if (last < 0 || k >= tokens.size() || !tokens.get(k).lower().equals("and")) {
            return false;
        }
        for (int j = k + 1; j < tokens.size() && tokens.get(j).word() && AFTER_AND.contains(tokens.get(j).lower()); j++) {
            if (SEQUENCE.contains(tokens.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /** Words of a closing attribution between the date's comma and the participle: "the regional council said". */
    private static final int ATTRIBUTION_REACH = 6;
    /** Plain reporting verbs that end such an attribution. */
    private static final Set<String> REPORTING = WordSets.named("plain-report-verbs");

    /**
     * True when a participle of consequence stands at token {@code k}, or after an attribution
     * closed by a reporting verb and a comma ("on Sunday, the council said, prompting ..."), before {@code end}.
     */
    private static boolean consequenceAt(List<Token> tokens, int k, int end) {
        if (CONSEQUENCES.contains(tokens.get(k).lower())) {
            return true;
        }
        for (int j = k; j < end - 1 && j <= k + ATTRIBUTION_REACH; j++) {
            Token t = tokens.get(j);
            if (t.surface().equals(",")) {
                return j > k && REPORTING.contains(tokens.get(j - 1).lower()) && CONSEQUENCES.contains(tokens.get(j + 1).lower());
            }
            if (!t.word() && !POSSESSIVE_MARKS.contains(t.surface())) {
                return false; // a clause of its own, not a speaker's name ("the dockers' council")
            }
        }
        return false;
    }

    private static final Set<String> POSSESSIVE_MARKS = HashLookup.setOf("'", "\u2019", "'s", "\u2019s");

    /** Participles of what a dated act led to, after a comma: "on Sunday, prompting thousands to march". */
    private static final Set<String> CONSEQUENCES = WordSets.named("consequence-participles");
    /** Words of sequence that, after "and", put the next verb at a later time than the date before ("and later", "and then"). */
    private static final Set<String> SEQUENCE = HashLookup.setOf("later", "then", "subsequently", "afterwards", "eventually");
    /** Words that may stand between "and" and the next verb: the words of sequence and auxiliaries ("and was later"). */
    private static final Set<String> AFTER_AND = HashLookup.setOf("later", "then", "subsequently", "afterwards",
            "eventually", "was", "were", "had", "has", "have", "been", "also");
}
