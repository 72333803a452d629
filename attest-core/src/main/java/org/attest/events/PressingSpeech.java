package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Tells a speech verb ({@link Trigger.Form#SPEECH}) that presses a view of its own from one that
 * only reports: a speaker who warns, urges, calls on, condemns, accuses, denies, claims or rules
 * out makes a statement that is news beside the events it names ("the ministry warned that the
 * strike would be broken up": a warning, not only a strike), while "said" mostly attributes the
 * facts of another event ("the ministry said 20 were arrested"). A "said" presses too when a
 * participle of such a verb follows it after a comma ("the union said three editors were held,
 * calling it an attack on the press"; "..., the group said, urging the court to free them").
 */
final class PressingSpeech {
    /** Speech verbs of a call, warning, claim, denial or judgement: "warned", "urges", "condemned", "ruled". */
    private static final Set<String> VERBS = WordSets.named("pressing-speech-verbs");
    /** Participles of such verbs after a comma: "..., calling on", "..., urging", "..., accusing". */
    private static final Set<String> PARTICIPLES = WordSets.named("pressing-speech-participles");

    /** Pressing verbs that call for what they name: "called for", "urged", "demands". */
    private static final Set<String> CALLING = WordSets.named("calling-speech-verbs");

    private PressingSpeech() {
    }

    /**
     * True when the speech hit's verb presses, or a pressing participle follows a speech verb or an
     * attribution frame ("the council said ...", "said in a statement ...") after a comma in its sentence,
     * or the day the words were spoken follows the verb ({@link DatedSpeech}: "the council said on Monday ...").
     */
    static boolean presses(List<Token> tokens, Hit h) {
        return pressingVerb(tokens, h) || h.type().equals("statement") && h.trigger().frame() && participleAfter(tokens, h.last())
                || h.trigger().form() == Trigger.Form.SPEECH && obligationBefore(tokens, h.first())
                || DatedSpeech.dated(tokens, h);
    }

    /** Modals of what someone must or should do: "the authorities must free them", "police should investigate". */
    private static final TokenSet OBLIGATION = TokenSet.named("obligation-modals");

    /**
     * True when the words before token {@code end} say what someone must or should do: a speaker
     * who closes such a sentence ("Officials must release the reporters, the group said") makes a
     * demand, news of its own. A modal after the verb ("the group said the board should ...") is
     * left to the verb: only a sentence led by the demand is one.
     */
    static boolean obligationBefore(List<Token> tokens, int end) {
        for (int k = 0; k < end; k++) {
            Token t = tokens.get(k);
            if (t.word() && OBLIGATION.has(t)) {
                return true;
            }
        }
        return false;
    }

    /** True when the word is a verb that presses: "warned", "condemned", "denies". */
    static boolean pressingWord(Token t) {
        return t.word() && VERBS.contains(t.lower());
    }

    /** True when the verb itself presses: "warned", "called on", "denies". */
    static boolean pressingVerb(List<Token> tokens, Hit h) {
        return h.trigger().form() == Trigger.Form.SPEECH && VERBS.contains(tokens.get(h.first()).lower());
    }

    /** True when the word is a verb that calls for what follows it: "called", "urges". */
    static boolean callingWord(Token t) {
        return t.word() && CALLING.contains(t.lower());
    }

    /** True when the speech verb calls for what it names: "called for protests", "urged a boycott". */
    static boolean callingVerb(List<Token> tokens, Hit h) {
        return h.trigger().form() == Trigger.Form.SPEECH && CALLING.contains(tokens.get(h.first()).lower());
    }

    /** True when ", calling", ", urging" ... stands after token {@code from} in the sentence. */
    static boolean participleAfter(List<Token> tokens, int from) {
        for (int k = from + 1; k + 1 < tokens.size(); k++) {
            if (tokens.get(k).surface().equals(",") && PARTICIPLES.contains(tokens.get(k + 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
