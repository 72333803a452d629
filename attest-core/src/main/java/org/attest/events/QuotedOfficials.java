package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A sentence that opens with an official's own words and names the official after them:
 * "“The ruling shows the embassies are centres of terror,” said X, chairman of the committee",
 * "“The protests show the depth of anger,” a party spokesperson said", "“Kelmar lost 55
 * citizens,” MP X told the crowd". The quote is the statement, given out by an office; for
 * {@link SpeakerPass}, which otherwise reads a speech verb after a quote as only saying who
 * reports. A speaker without an official's word ("said one former prisoner", "a driver said"),
 * one with a word of those who only attribute ("a union lawyer said"), a pronoun ("she said") or
 * the statement itself ("the statement said", which quotes a statement already told) gives none.
 */
final class QuotedOfficials {
    private QuotedOfficials() {}

    /** Words a speaker after the quote may hold: a name and a title, not a clause. */
    private static final int SPEAKER_WORDS = 14;
    /** Words that name no one who speaks: "the statement said", "the report said". */
    private static final Set<String> DOCUMENTS = WordSets.named("document-speakers");
    /** Relative pronouns: "said one prisoner who testified at the trial" ends the speaker at "who". */
    private static final Set<String> RELATIVES = WordSets.named("relative-pronouns");

    /**
     * True when the sentence opens with a quote that closes before the speech hit, and the words
     * between the quote and the verb ("a party spokesperson said"), or after the verb up to the
     * sentence's end ("said X, chairman of ..."), hold one of {@code official}'s words.
     */
    static boolean speaks(List<Token> tokens, Hit h, Set<String> official) {
        if (tokens.isEmpty() || !tokens.get(0).quote()) {
            return false;
        }
        int close = -1;
        for (int k = 1; k < h.first(); k++) {
            if (tokens.get(k).quote()) {
                close = k;
                break;
            }
        }
        if (close < 0) {
            return false;
        }
        int from = close + 1;
        while (from < h.first() && !tokens.get(from).word()) {
            from++; // the comma after the quote
        }
        if (from < h.first()) {
            return official(tokens, from, h.first() - 1, official); // "..." a party spokesperson said
        }
        // "..." said X, chairman of the committee: the words after the verb, to the sentence's end
        return official(tokens, h.last() + 1, tokens.size() - 1, official);
    }

    private static boolean official(List<Token> tokens, int from, int to, Set<String> official) {
        int words = 0;
        boolean found = false;
        for (int k = from; k <= to; k++) {
            Token t = tokens.get(k);
            if (t.quote() || !t.word() && (t.surface().equals(";") || t.surface().equals(":"))) {
                break; // a second quote or a clause of its own
            }
            if (!t.word()) {
                continue;
            }
            if (words == 0 && SpeakerPass.PRONOUNS.contains(t.lower()) || DOCUMENTS.contains(t.lower())
                    || SpeakerPass.ATTRIBUTING.contains(t.lower())) {
                return false; // "a union lawyer said": one who only attributes, whoever he works for
            }
            if (words > 0 && (RELATIVES.contains(t.lower()) || t.lower().endsWith("ing"))) {
                break; // "said a resident, adding that the police ...": what follows the speaker is no part of it
            }
            if (++words > SPEAKER_WORDS) {
                return found;
            }
            found |= official.contains(t.lower());
        }
        return found;
    }
}
