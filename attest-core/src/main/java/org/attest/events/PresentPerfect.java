package org.attest.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Hits told in the present perfect ("the minister has announced", "police have arrested 40
 * people"): wire copy tells so the news of the day of writing. Static helpers of
 * {@link EventStage}'s fallback dates.
 */
final class PresentPerfect {
    /** Forms of "have" of a present perfect: "has announced", "have said". */
    private static final Set<String> PRESENT_HAVE = HashLookup.setOf("has", "have");
    /** Words that may stand between "have" and its participle ("have also arrested", "has been detained"). */
    private static final Set<String> BETWEEN = HashLookup.setOf("also", "reportedly", "now", "already", "since", "been");

    /** Words of a present perfect that sums up a stretch: "since April", "for the past weeks", "in the last 42 years", "so far". */
    private static final Set<String> STRETCH_WORDS = HashLookup.setOf("since", "past", "last", "far", "ever", "already",
            "recent", "recently", "weeks", "months", "years", "decades");

    private PresentPerfect() {}

    /** Speech verbs in the simple present: "the commission says", "the UN office urges". */
    private static final Set<String> PRESENT_SPEECH = WordSets.named("present-speech-verbs");

    /**
     * The dated hits with a statement told in the simple present ("the commission says nominations
     * will open in September", "the group condemns the ruling handed down on 18 January") dated once,
     * by the day of writing: the sentence's dates are of what is said, not of the saying.
     */
    static List<DatePass.Dated> presentOnDayOfWriting(List<DatePass.Dated> dated, List<Token> tokens, DatePass.Choice day) {
        if (day == null) {
            return dated;
        }
        List<DatePass.Dated> out = new ArrayList<>(dated.size());
        Set<Hit> seen = new HashSet<>();
        for (DatePass.Dated d : dated) {
            Hit h = d.hit();
            if (!h.type().equals("statement") || !PRESENT_SPEECH.contains(tokens.get(h.first()).lower())) {
                out.add(d);
            } else if (seen.add(h)) {
                out.add(new DatePass.Dated(h, day.date(), day.precision(), h.span(), day.rule() + " present"));
            }
        }
        return out;
    }

    /**
     * True when a statement's trigger is a reporting or speech verb in the present perfect ("the
     * interior minister has announced that ...", "the UN office has called on ...") or in the
     * simple present ("the commission says results ...", "the group condemns ..."): wire copy and
     * live pages tell so what was said on the day of writing.
     */
    static boolean report(List<Token> tokens, Hit h, EventLexicon lexicon) {
        if (!h.type().equals("statement")) {
            return false;
        }
        Token verb = tokens.get(h.first());
        if (PRESENT_SPEECH.contains(verb.lower())) {
            return true;
        }
        boolean speech = lexicon.isReportingVerb(verb) || h.trigger().form() == Trigger.Form.SPEECH;
        return speech && haveBefore(tokens, h, ADVERBS);
    }

    /** Adverbs between "have" and a reporting verb ("has also said", "have widely reported"). */
    private static final Set<String> ADVERBS = HashLookup.setOf("also", "first", "widely", "reportedly", "not");

    /** True when a form of "have" stands before the hit, only words of {@code between} in between. */
    private static boolean haveBefore(List<Token> tokens, Hit h, Set<String> between) {
        int b = h.first() - 1;
        while (b >= 0 && tokens.get(b).word() && between.contains(tokens.get(b).lower())) {
            b--;
        }
        return b >= 0 && tokens.get(b).word() && PRESENT_HAVE.contains(tokens.get(b).lower());
    }

    /**
     * True when the hit is a verb in the present perfect: "have arrested", "has also been
     * detained", "have fired tear gas", or a phrase holding its "have" ("people have died").
     */
    static boolean verb(List<Token> tokens, Hit h) {
        if (h.trigger().form() != Trigger.Form.ACT) {
            return false;
        }
        for (int k = h.first() + 1; k < h.last(); k++) {
            if (PRESENT_HAVE.contains(tokens.get(k).lower())) {
                return true; // "people have died"
            }
        }
        return haveBefore(tokens, h, BETWEEN);
    }

    /**
     * True when a hit of the sentence that is no reporting verb is a verb in the present perfect
     * ({@link #verb}): "the group has said that 300 people were killed" tells the killings in the
     * past, and only the saying is of the day of writing.
     */
    static boolean inSentence(List<Token> tokens, List<Hit> hits, EventLexicon lexicon) {
        for (Token t : tokens) {
            if (t.word() && STRETCH_WORDS.contains(t.lower())) {
                return false; // "have gathered for the past three weeks", "have died since April": a stretch, no day
            }
        }
        for (Hit h : hits) {
            if (verb(tokens, h) && !lexicon.isReportingVerb(tokens.get(h.first()))) {
                return true;
            }
        }
        return false;
    }
}
