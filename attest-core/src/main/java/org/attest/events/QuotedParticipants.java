package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A participant noun that names who speaks the quote before it: "“They can beat us, we will be back,”
 * said one young protester in the square", "“The water burned our eyes,” a demonstrator told
 * reporters". The noun says who gives the words, as "Protesters said ..." opening a sentence does
 * ({@link PersonNouns}); what is quoted is the news, and it tells no protest by itself. Static
 * helpers of {@link PersonNouns}.
 */
final class QuotedParticipants {
    private QuotedParticipants() {}

    /** Reporting verbs between a quote and its speaker, or after the speaker. */
    private static final Set<String> SPEAKING = WordSets.named("speaking-after");
    /** Words a speaker may hold before its participant noun: "one young protester". */
    private static final int BEFORE_NOUN = 3;

    /** True when the participant noun at {@code h} is the speaker of a quote that closes right before it. */
    static boolean speaker(List<Token> tokens, Hit h) {
        int k = h.first() - 1;
        for (int words = 0; k >= 0 && tokens.get(k).word() && !SPEAKING.contains(tokens.get(k).lower()); k--) {
            if (++words > BEFORE_NOUN || tokens.get(k).capitalised() && k > 0) {
                return false; // a name or a clause, not "one young"
            }
        }
        if (k >= 0 && tokens.get(k).word()) {
            return quoteCloses(tokens, k - 1); // "..." said one young protester
        }
        int next = h.last() + 1;
        return quoteCloses(tokens, k) && next < tokens.size() && tokens.get(next).word()
                && SPEAKING.contains(tokens.get(next).lower()); // "..." a protester said
    }

    /** True when a quote closes at {@code k}, before or after the comma that ends the words. */
    private static boolean quoteCloses(List<Token> tokens, int k) {
        if (k < 0) {
            return false;
        }
        if (tokens.get(k).quote()) {
            return k > 0; // a quote at the sentence's start opens, it does not close
        }
        return tokens.get(k).surface().equals(",") && k > 0 && tokens.get(k - 1).quote();
    }
}
