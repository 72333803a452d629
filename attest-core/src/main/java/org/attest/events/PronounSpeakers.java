package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Recognises a speaker named in the sentences before who goes on in a sentence of their own:
 * "She said the unions would meet next week", "He says the board has received 40 complaints".
 * A sentence that opens with "He" or "She" and a speech verb reports what that person said next,
 * a statement of its own, where a quote that the pronoun closes ('"...," he said') only tells who
 * is speaking. Whether the person is one whose words are news is the paragraph's to tell: an
 * attributing speaker named before (a witness, a relative, a lawyer) keeps the pronoun's words a
 * source, as {@link SpeakerPass} keeps theirs; an official named before makes them a statement,
 * when the words are dated, given out or quoted ({@link BareSayings}, round stmt220).
 */
final class PronounSpeakers {
    /** The persons a sentence may open with: "He said", "She says". */
    static final Set<String> PERSONS = WordSets.named("resuming-persons");
    /** Verbs that report a person's words as the sentence's own news. */
    private static final Set<String> VERBS = WordSets.named("resuming-speech-verbs");
    /** Words that may stand between the pronoun and its verb: "She also said", "He later told". */
    private static final Set<String> BETWEEN = WordSets.named("resuming-between");
    /** Words right after the verb that keep the telling private: "He told me", "she told us". */
    private static final Set<String> PRIVATE = WordSets.named("private-hearers");

    private PronounSpeakers() {}

    /** True when the hit is a speech verb by which a speaker named before goes on ({@link #resumes}). */
    static boolean resumes(SentenceContext sentence, Hit h) {
        return h.trigger().form() == Trigger.Form.SPEECH
                && resumes(sentence.tokens(), h.first(), sentence.paragraphTokens(), sentence.span().start());
    }

    /**
     * True when the sentence opens with "He"/"She" as the subject of the speech verb at
     * {@code verb} (only the words of {@code resuming-between} between them, so no quote), the verb is not told to "me" or "us", and the
     * paragraph before this sentence names an official and no attributing speaker.
     */
    static boolean resumes(List<Token> tokens, int verb, List<Token> paragraph, int sentenceStart) {
        if (verb < 1 || verb >= tokens.size() || !VERBS.contains(tokens.get(verb).lower())) {
            return false;
        }
        Token first = tokens.get(0);
        if (!first.word() || !first.capitalised() || !PERSONS.contains(first.lower())) {
            return false;
        }
        for (int k = 1; k < verb; k++) {
            if (!tokens.get(k).word() || !BETWEEN.contains(tokens.get(k).lower())) {
                return false;
            }
        }
        if (verb + 1 >= tokens.size() || !tokens.get(verb + 1).word() || PRIVATE.contains(tokens.get(verb + 1).lower())) {
            return false; // '... he said.', "He said: ...", "He told me": a quote's close or a private telling
        }
        return officialBefore(paragraph, sentenceStart);
    }

    /**
     * True when the paragraph before {@code start} names an official and no attributing speaker,
     * or when the sentence opens a paragraph after the report's first: the person then goes on
     * from the paragraph before, as a briefing told over short paragraphs does.
     */
    private static boolean officialBefore(List<Token> paragraph, int start) {
        boolean before = false;
        boolean official = false;
        String previous = "";
        for (Token t : paragraph) {
            if (t.start() >= start) {
                break;
            }
            if (!t.word()) {
                continue;
            }
            if (SpeakerPass.ATTRIBUTING.contains(t.lower())) {
                return false;
            }
            before = true;
            // "Not all shoppers are on board": the idiom names no board that speaks
            official |= SpeakerPass.OFFICIAL.contains(t.lower()) && !(previous.equals("on") && t.lower().equals("board"));
            previous = t.lower();
        }
        return !before && start > 0 || official; // at the report's very start "He" names no one
    }

    /**
     * The sentence's dated hits, a speaker's going on in the past tense ({@link #resumes}) dated as the paragraph that
     * named the speaker ({@code paragraphDay}, the date from outside the sentence): "She said the
     * unions would meet next week" was said when her words before it were, not next week, and not
     * on the day the report was written.
     */
    static List<DatePass.Dated> onSpeakersDay(SentenceContext sentence, DatePass.Choice paragraphDay, List<DatePass.Dated> dated) {
        if (paragraphDay.date() == null) {
            return dated;
        }
        List<DatePass.Dated> out = new ArrayList<>(dated.size());
        for (DatePass.Dated d : dated) {
            // "She says ...": words in the present are of the day of writing, as PresentPerfect dates them
            boolean past = !sentence.tokens().get(d.hit().first()).lower().equals("says");
            out.add(past && resumes(sentence, d.hit())
                    ? new DatePass.Dated(d.hit(), paragraphDay.date(), paragraphDay.precision(), d.anchor(), paragraphDay.rule())
                    : d);
        }
        return out;
    }
}
