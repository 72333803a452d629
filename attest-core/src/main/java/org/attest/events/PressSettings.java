package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises words given to the press: "the adviser told reporters at the ministry that ...",
 * '"We will not back down," the governor said at a news conference'. Whoever speaks there, a
 * lawyer or an unnamed spokesperson too, gives out a statement the report carries as news, not
 * a source behind other facts; so such a verb is a statement even after a quote and beside the
 * events it tells. A pronoun ("he told reporters") is the speaker quoted again, a verb closing a
 * plain clause ("..., the police chief told reporters") only says who reports it, and witnesses,
 * residents or a lawyer with no name ("Witnesses told reporters") are sources; a named one
 * ("his lawyer, Ana Ruiz, told reporters") speaks for a client in public.
 */
final class PressSettings {
    /** Plain reporting verbs: "said", "told". */
    private static final Set<String> PLAIN_VERBS = WordSets.named("plain-report-verbs");
    /** Who a speaker tells: "reporters", "journalists". */
    private static final Set<String> AUDIENCE = WordSets.named("press-audiences");
    /** Gatherings of the press: "conference", "briefing" (after "news" or "press"). */
    private static final Set<String> GATHERINGS = WordSets.named("press-gatherings");
    private static final Set<String> PRESS = Set.of("news", "press");
    /** Words of speakers who only attribute: "witnesses", "residents", "a lawyer". */
    private static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    private static final Set<String> INDEFINITE = Set.of("a", "an", "one", "some");
    /** Words between the verb and the press: "told a news conference", "said at a hastily called press briefing". */
    private static final int SETTING_REACH = 5;
    /** Words of the speaker before the verb: "Deputy Interior Minister Omar Dela Varga". */
    private static final int SUBJECT_WORDS = 9;

    private PressSettings() {}

    /** True when the plain reporting verb at {@code verb} speaks to the press and its speaker is named, not a pronoun. */
    static boolean givenToPress(List<Token> tokens, int verb) {
        return PLAIN_VERBS.contains(tokens.get(verb).lower()) && pressAfter(tokens, verb) && speakerOpens(tokens, verb);
    }

    /** True when a word in {@code [from, to)} names the press: "reporters", "a news conference". */
    static boolean namesPress(List<Token> tokens, int from, int to) {
        for (int k = Math.max(from, 1); k < to; k++) {
            String w = tokens.get(k).lower();
            if (AUDIENCE.contains(w) || GATHERINGS.contains(w) && PRESS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    private static boolean pressAfter(List<Token> tokens, int verb) {
        int words = 0;
        for (int k = verb + 1; k < tokens.size() && words < SETTING_REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            words++;
            String w = t.lower();
            if (AUDIENCE.contains(w) || GATHERINGS.contains(w) && PRESS.contains(tokens.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when the speaker before the verb opens the sentence or follows a closing quote, within
     * {@value #SUBJECT_WORDS} words and appositive commas ('..." his lawyer, Ana Ruiz, told'), and
     * is no pronoun.
     */
    private static boolean speakerOpens(List<Token> tokens, int verb) {
        int words = 0;
        boolean attributing = false; // "Witnesses told reporters": a source, unless a name follows ("his lawyer, Ana Ruiz")
        boolean named = false;
        for (int k = verb - 1; k >= 0; k--) {
            Token t = tokens.get(k);
            if (t.quote()) {
                return words > 0 && (!attributing || named);
            }
            if (t.word()) {
                if (++words > SUBJECT_WORDS || words == 1 && SpeakerPass.PRONOUNS.contains(t.lower()) && (k == 0 || !tokens.get(k - 1).word())) {
                    return false;
                }
                attributing |= ATTRIBUTING.contains(t.lower());
                named |= t.capitalised() && k > 0 && tokens.get(k - 1).word();
            } else if (!t.surface().equals(",") && !(t.surface().equals(".") && k > 0 && tokens.get(k - 1).surface().length() <= 2)) {
                return false; // a clause before: "..., the police chief told reporters" sources it
            }
        }
        // "A union official told reporters that ...": an unnamed speaker's account sources the facts,
        // as "A spokesman said" does (SpeakerPass); quoted words before it are the statement
        return words > 0 && (!attributing || named) && !INDEFINITE.contains(tokens.get(0).lower());
    }
}
