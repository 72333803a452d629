package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * A trigger noun that is the object of a verb in the simple present ("the only country that still
 * carries out executions", "the ministry announces most arrests through its own channel"): news
 * tells what happened in the past tense, so the present names a practice, as
 * {@link NonEvents#presentHabit} does for a verb trigger ("it hangs prisoners"). Asked only of
 * sentences that state no date and are no headings (headlines use the present for the past). The
 * object must open with a word of its own ("out", "most", "all", "its"): a plural noun right
 * before a trigger noun is more often its modifier ("rights protests") than a verb.
 */
final class PresentPractices {
    /**
     * Words that open an object after its verb: a particle or a quantifier ("carries out",
     * "announces most"). A participle may stand between it and the noun ("most recorded
     * executions"), and a preposition after the verb ("accounts for most executions").
     */
    private static final TokenSet OPENERS = TokenSet.named("present-object-openers");
    /** Subjects whose verb after them speaks of an institution's way: "it", "which", "the regime". */
    private static final Set<String> SUBJECTS = WordSets.named("habit-subjects");
    /** Adverbs that may stand between the subject and its verb: "still", "also". */
    private static final Set<String> ADVERBS = WordSets.named("habit-adverbs");
    /** Words ending in -s that are no verb of the present: "was", "has", "is". */
    private static final Set<String> AUXILIARIES = WordSets.named("s-auxiliaries");

    /** Prepositions a verb may take before its object: "accounts for most executions". */
    private static final Set<String> VERB_PREPOSITIONS = Set.of("for", "of");

    private PresentPractices() {}

    /**
     * True when a trigger noun is the object, opened by a word of {@link #OPENERS}, of a verb in the
     * simple present after a subject: a name, a pronoun of {@code habit-subjects} or a relative "that".
     */
    static boolean objectOfPresent(List<Token> tokens, Hit h) {
        if (h.trigger().form() != Trigger.Form.NOUN && h.trigger().form() != Trigger.Form.ACT) {
            return false; // an act line may match a noun by its stem: "arrests" matches "arrested"
        }
        int k = h.first() - 1;
        if (k >= 1 && tokens.get(k).word() && !tokens.get(k).capitalised() && tokens.get(k).lower().endsWith("ed")) {
            k--; // "most recorded executions": a participle describing the noun
        }
        if (k < 0 || !tokens.get(k).word() || !OPENERS.has(tokens.get(k))) {
            return false;
        }
        k--;
        if (k >= 1 && tokens.get(k).word() && VERB_PREPOSITIONS.contains(tokens.get(k).lower())) {
            k--; // "accounts for most executions": the verb's preposition
        }
        if (k < 0 || !presentVerb(tokens.get(k))) {
            return false;
        }
        k--;
        while (k >= 0 && tokens.get(k).word() && (ADVERBS.contains(tokens.get(k).lower()) || tokens.get(k).lower().endsWith("ly"))) {
            k--;
        }
        if (k < 0 || !tokens.get(k).word()) {
            return false;
        }
        Token subject = tokens.get(k);
        // "that" here is a relative pronoun: a determiner would stand after the verb, not before it
        return subject.capitalised() || SUBJECTS.contains(subject.lower()) || subject.lower().equals("that");
    }

    /** A lower-case word in -s (not -ss) that is no auxiliary: "carries", "announces". */
    private static boolean presentVerb(Token t) {
        String w = t.lower();
        return t.word() && !t.capitalised() && w.length() > 2 && w.endsWith("s") && !w.endsWith("ss") && !AUXILIARIES.contains(w);
    }
}
