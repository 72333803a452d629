package org.attest.events;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Recognises a body's call in the present tense, in its own voice, with no day: "The Velmora Rights
 * Forum calls on the authorities to free them", "The Harbour Observatory also urges ...". Such a
 * sentence is a release speaking for itself (the report is the body's statement, told once where
 * the report opens), not news of a call the body made on some day; the gold of the development
 * sets counts none of these, while it keeps the dated call and a person's "says ... and calls for"
 * in a live report.
 */
final class ReleaseCalls {
    /** Present-tense calling verbs: "calls", "urges", "demands", "appeals". */
    private static final Set<String> PRESENT_CALLS = WordSets.named("present-calling-verbs");
    /** Words that may stand between the body's name and its verb: "also", "is", "strongly". */
    private static final Set<String> LINKS = Set.of("also", "again", "further", "is", "strongly");

    private ReleaseCalls() {}

    /**
     * True when the speech hit is a present-tense call and the sentence opens with "The" and a
     * capitalised name ending in an organisation's head ("Forum", "Network", "Observatory"),
     * optionally with its acronym in brackets, the name followed at once by a verb or a link word.
     */
    static boolean ownVoice(List<Token> tokens, Hit h, Predicate<Token> orgHead) {
        if (h.trigger().form() != Trigger.Form.SPEECH || !PRESENT_CALLS.contains(tokens.get(h.first()).lower())
                || DatedSpeech.dated(tokens, h)) {
            return false;
        }
        if (tokens.size() < 3 || !tokens.get(0).lower().equals("the")) {
            return false;
        }
        int k = 1;
        Token last = null;
        while (k < h.first() && tokens.get(k).word() && tokens.get(k).capitalised()) {
            last = tokens.get(k++);
        }
        if (last == null || !orgHead.test(last)) {
            return false;
        }
        if (k + 2 < h.first() && tokens.get(k).surface().equals("(") && tokens.get(k + 2).surface().equals(")")) {
            k += 3; // "The Press Network (APN)"
        }
        return k == h.first() || tokens.get(k).word() && LINKS.contains(tokens.get(k).lower());
    }
}
