package org.attest.events;

import java.util.List;
import java.util.Set;
import java.util.function.IntPredicate;

/**
 * Speech verbs joined by "and" to another verb of the same subject: "The governor visited the
 * ward on Monday and said ...", "The envoy said the raids were unlawful and urged ...". The
 * subject stands before the first verb only, so {@link SpeakerPass} looks for it there, and of two
 * speech verbs of one speaker the one that presses ({@link PressingSpeech}) is the statement's.
 */
final class SpeechCoordination {
    /** Words that may stand in a subject without being its verb: "The", "the country's". */
    private static final Set<String> SUBJECT_SMALL = Set.of("the", "a", "an", "of", "for", "'s", "\u2019s");
    /** Words that close the clause a coordinated verb belongs to: a live page's "10:05 am —", a colon. */
    private static final Set<String> CLAUSE_MARKS = Set.of(":", ";", "\u2014", "\u2013");

    /** Words that join a speech verb to an earlier verb of its subject: "visited ... and said", "welcomed ... but said". */
    private static final Set<String> JOINING = Set.of("and", "but");

    private SpeechCoordination() {
    }

    /**
     * The index of the first verb of the clause when the speech verb at {@code v} follows "and"
     * ("... went to the family's home and said"): the first word after the clause's start that is
     * neither capitalised, a small word of a name nor an official's word of {@code official}
     * ("President X went"). A comma closing a sentence's opening phrase ({@code opener} holds for the
     * token before it: "At a news conference in K on Monday, the party's leader read out ... and
     * accused") starts the clause too, and a possessive ("the party's") is part of the subject.
     * -1 when "and" does not precede the verb or no such word stands there.
     */
    static int firstVerb(List<Token> tokens, int v, Set<String> official, IntPredicate opener) {
        if (v < 2 || !tokens.get(v - 1).word() || !JOINING.contains(tokens.get(v - 1).lower())) {
            return -1;
        }
        int start = 0;
        for (int k = v - 2; k >= 0; k--) {
            if (!tokens.get(k).word() && (CLAUSE_MARKS.contains(tokens.get(k).surface())
                    || tokens.get(k).surface().equals(",") && opener.test(k - 1))) {
                start = k + 1;
                break;
            }
        }
        for (int k = start; k < v - 1; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                continue;
            }
            if (!t.capitalised() && !SUBJECT_SMALL.contains(t.lower()) && !official.contains(t.lower()) && !possessive(t)) {
                return k > start ? k : -1;
            }
        }
        return -1;
    }

    /** True when the word is a possessive ("party's", "union’s"): it names the subject's owner, never its verb. */
    private static boolean possessive(Token t) {
        String w = t.lower();
        return w.length() > 2 && (w.endsWith("'s") || w.endsWith("\u2019s"));
    }

    /**
     * True when {@code later} presses and follows "and" while the speech verb {@code kept} of the same
     * sentence only reports: "said the raids were unlawful and urged the government to ...".
     */
    static boolean pressesAfter(List<Token> tokens, Hit kept, Hit later) {
        return later.first() > kept.last() && tokens.get(later.first() - 1).word()
                && tokens.get(later.first() - 1).lower().equals("and")
                && !PressingSpeech.pressingVerb(tokens, kept) && PressingSpeech.pressingVerb(tokens, later);
    }

    /**
     * True when {@code later}, a pressing speech verb after "and", is joined to the reporting verb at
     * {@code verb} with no clause mark between: "said on Friday that ... and urged ...". The
     * statement is the call, so the date of "said" is its date too.
     */
    static boolean pressesAfterVerb(List<Token> tokens, int verb, Hit later) {
        return PressingSpeech.pressingVerb(tokens, later) && speaksAfterVerb(tokens, verb, later);
    }

    /**
     * True when {@code later}, a speech verb after "and", is joined to the reporting verb at
     * {@code verb} with no clause mark between: "told the agency on Monday that ... and denied
     * ...": the same speaker said both at once.
     */
    static boolean speaksAfterVerb(List<Token> tokens, int verb, Hit later) {
        if (later.trigger().form() != Trigger.Form.SPEECH || later.first() <= verb + 1
                || !tokens.get(later.first() - 1).word() || !tokens.get(later.first() - 1).lower().equals("and")) {
            return false;
        }
        for (int k = verb + 1; k < later.first(); k++) {
            if (!tokens.get(k).word() && CLAUSE_MARKS.contains(tokens.get(k).surface())) {
                return false;
            }
        }
        return true;
    }

    /**
     * True when the date starting at token {@code first} stands in the clause a reporting verb
     * reports before {@code later}, the pressing speech verb joined to it by "and": in "said the
     * board would publish the results on Friday and urged ...", Friday is the publication's day,
     * not the call's (which would otherwise fall after the report).
     */
    static boolean dateInJoinedReport(Hit later, int first, List<Token> tokens, EventLexicon lexicon) {
        if (first < 0 || first >= later.first()) {
            return false;
        }
        for (int k = first - 1; k >= 0; k--) {
            if (!tokens.get(k).word() && CLAUSE_MARKS.contains(tokens.get(k).surface())) {
                return false;
            }
            if (tokens.get(k).word() && lexicon.isReportingVerb(tokens.get(k))) {
                return k < first - 1 && pressesAfterVerb(tokens, k, later); // "said on Friday" dates the saying
            }
        }
        return false;
    }
}
