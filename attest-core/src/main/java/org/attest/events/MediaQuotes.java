package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises an official's words that the media carry: "the Tasnim agency quoted the province's
 * governor as saying that 23 people had been detained", "the governor was quoted by the ILNA agency as
 * saying ...". The words are given out through the press, as those told to reporters are
 * ({@link PressSettings}), so the speech is a statement of its own beside the events it tells, not
 * a source behind them. The active form needs an official subject (the agency, state television),
 * the passive an official quoted ("The governor was quoted ..."), as {@link SpeakerPass} asks of any
 * speech verb.
 */
final class MediaQuotes {
    /** Verbs of the media carrying someone's words: "quoted". */
    private static final Set<String> VERBS = WordSets.named("media-quote-verbs");
    private static final Set<String> PASSIVE = Set.of("was", "were", "been", "is", "are");

    private MediaQuotes() {
    }

    /** True when speech hit {@code h} opens with a verb of the media carrying words ("quoted ... as saying"). */
    static boolean carried(List<Token> tokens, Hit h) {
        return h.trigger().form() == Trigger.Form.SPEECH && VERBS.contains(tokens.get(h.first()).lower());
    }

    /**
     * The token whose subject speaks for {@code h}: the verb itself, or in the passive ("was quoted")
     * its auxiliary, so that the official quoted is the subject asked.
     */
    static int subjectVerb(List<Token> tokens, Hit h) {
        int before = h.first() - 1;
        return before >= 0 && tokens.get(before).word() && PASSIVE.contains(tokens.get(before).lower()) ? before : h.first();
    }
}
