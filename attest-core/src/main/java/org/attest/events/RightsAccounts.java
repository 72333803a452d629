package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a rights group or monitor giving its plain, undated account of what happened: "The
 * Oslo-based rights group said nine protesters had been killed", "A rights monitor, Vigil, said 23
 * drivers had been detained". Such groups document events; when the sentence tells one, the group
 * is its source, as a force giving its account is ({@link ForceAccounts}), and no statement of its
 * own. A group that speaks on a day the report names ("said on Monday"), or in quoted words, still
 * makes a statement: the report then treats its words as news of that day.
 */
final class RightsAccounts {
    /** Words of a body that documents events: "rights", "monitor", "observatory". */
    private static final Set<String> DOCUMENTERS = WordSets.named("documenting-speakers");
    /** Words a subject with its appositive may hold: "Hengaw, another Kurdish rights group,". */
    private static final int SUBJECT_WORDS = 10;
    /** Commas an appositive may put between the subject and its verb. */
    private static final int COMMAS = 2;

    private RightsAccounts() {}

    /**
     * True when the speech verb {@code h} is a plain reporting verb, not dated, with no quotation
     * after it, whose subject (with a name or description set off by commas) names a documenting body.
     */
    static boolean account(List<Token> tokens, Hit h) {
        int verb = h.first();
        if (PlainReports.subject(tokens, verb) == null || DatedSpeech.dated(tokens, h) || quoteAfter(tokens, verb)) {
            return false;
        }
        int words = 0;
        int commas = 0;
        boolean segmentNamed = true; // the words since the last comma are all capitalised: a name in apposition
        for (int k = verb - 1; k >= 0 && words < SUBJECT_WORDS; k--) {
            Token t = tokens.get(k);
            if (!t.word()) {
                if (!t.surface().equals(",") || commas == COMMAS || !segmentNamed) {
                    // only a name set off by commas ("A rights group, Vigil, said") is crossed: a clause before a comma is another's
                    return false;
                }
                commas++;
                segmentNamed = true;
                continue;
            }
            words++;
            if (DOCUMENTERS.contains(t.lower())) {
                return true;
            }
            segmentNamed &= t.capitalised();
        }
        return false;
    }

    private static boolean quoteAfter(List<Token> tokens, int verb) {
        for (int k = verb + 1; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return true;
            }
        }
        return false;
    }
}
