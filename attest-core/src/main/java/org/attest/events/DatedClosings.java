package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a speech verb that closes its sentence after a comma and whose day the report gives
 * right after it: "Troops killed 12 marchers on Sunday, the rights commission said on Monday.",
 * "..., the group said in its annual report published on Tuesday.". Wire copy opens with such a
 * sentence: the body's words of that day are the news the report carries, beside the events they
 * tell, as an opening "the commission said on Monday that ..." is ({@link DatedSpeech}). Undated
 * ("..., the commission said.") the words only source the events, and so do witnesses, residents,
 * relatives and other speakers who only attribute, and a pronoun ("..., he said on Monday").
 */
final class DatedClosings {
    /** Words of speakers who only attribute: "witnesses", "relatives". */
    private static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    /** Words the subject between the comma and the verb may hold at most: "the Kenya National Commission on Human Rights". */
    private static final int SUBJECT_WORDS = 10;

    private DatedClosings() {}

    /**
     * True when the statement hit {@code h}, a speech verb or an attribution frame ("ministry said",
     * "said in a statement"), closes its sentence after a comma and a speaker, before its own day.
     */
    static boolean speaks(List<Token> tokens, Hit h) {
        if (!h.type().equals("statement") || !h.trigger().frame() || !DatedSpeech.dated(tokens, h)
                || ForceAccounts.account(tokens, h.last())) {
            return false; // "..., police said on Monday": a force's plain account sources its operation
        }
        int k = h.first() - 1;
        int words = 0;
        while (k >= 0) {
            Token t = tokens.get(k);
            if (t.surface().equals(")") && k >= 2 && tokens.get(k - 2).surface().equals("(")) {
                k -= 3; // "the Kenya National Commission on Human Rights (KNHRC)"
                continue;
            }
            if (!t.word()) {
                if (!apostrophe(t)) {
                    break; // "the teachers' council": the apostrophe stays inside the speaker
                }
                k--;
                continue;
            }
            if (++words > SUBJECT_WORDS) {
                return false;
            }
            k--;
        }
        // a comma after a clause of its own: the verb closes the sentence, it does not open it
        if (k <= 0 || words == 0 || !tokens.get(k).surface().equals(",")) {
            return false;
        }
        for (int j = k + 1; j < h.first(); j++) {
            Token t = tokens.get(j);
            if (!t.word()) {
                continue;
            }
            if (j == k + 1 && SpeakerPass.PRONOUNS.contains(t.lower()) || !t.capitalised() && ATTRIBUTING.contains(t.lower())) {
                return false; // "..., he said on Monday", "..., relatives said on Monday"
            }
        }
        return true;
    }

    private static boolean apostrophe(Token t) {
        return t.surface().equals("'") || t.surface().equals("\u2019");
    }
}
