package org.attest.events;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A body whose words the sentence before gave, going on under its common noun: "The Forum for
 * Civic Freedoms, a rights group, said on Wednesday that ... The group said it had written to the
 * minister." The second sentence tells more of the same statement, not a statement of its own, so
 * it gives no event when its speech verb takes no date from the sentence ("The group said on
 * Thursday ..." is another day's words). The speaker must be "the" and a speaker noun ({@code
 * official-speakers}: "the group", "the union", "the association") that the sentence before names,
 * so a reply of another body ("The Ministry said ... The union said ...") stays a statement; a
 * pronoun ("He said") is {@link PronounSpeakers}' to read.
 */
final class SpeakerGoesOn {
    /** Types whose event gives a body's words: a statement, a call to boycott. */
    private static final Set<String> SPEECH_TYPES = WordSets.named("speech-going-on-types");

    private SpeakerGoesOn() {}

    /**
     * True when the statement hit's sentence opens with "the" and a speaker noun that the {@code
     * before} sentence's words hold ("The group said", "The association, which groups 30 papers,
     * said"), or when such a subject stands right before the speech verb ("..., and the union said").
     *
     * @param before {@link #speakerWords} of the sentence before
     */
    static boolean same(List<Token> tokens, Hit h, Set<String> before) {
        if (before.isEmpty() || !h.type().equals("statement")) {
            return false;
        }
        // "The group said it had written to ...": the sentence opens with its speaker, whichever
        // statement hit the sentence kept; "The association, which groups 30 papers, said" too
        if (isWord(tokens, 0, "the") && tokens.size() > 2 && (tokens.get(2).word() && !tokens.get(2).capitalised()
                || tokens.get(2).surface().equals(","))) {
            return speaker(tokens.get(1), before);
        }
        int k = h.first() - 1;
        while (k >= 0 && isWord(tokens, k, "also")) {
            k--;
        }
        // "..., and the union said emergency cover would be kept"
        return h.trigger().form() == Trigger.Form.SPEECH && k >= 1 && isWord(tokens, k - 1, "the") && speaker(tokens.get(k), before);
    }

    /**
     * The words naming who speaks in a sentence that reports someone's words: the lower-case words
     * before its first reporting verb ({@code claimants.tsv}) or speech hit, and the head of the
     * name the sentence opens with ("The Association of ... Publishers"), not words inside other
     * names ("marched to City Hall"); an empty set when the sentence reports no one's words.
     */
    static Set<String> speakerWords(List<Token> tokens, List<Hit> hits, EventLexicon lexicon) {
        int end = -1;
        for (int k = 0; k < tokens.size() && end < 0; k++) {
            if (tokens.get(k).word() && lexicon.isReportingVerb(tokens.get(k))) {
                end = k;
            }
        }
        for (Hit h : hits) {
            if ((h.trigger().form() == Trigger.Form.SPEECH || SPEECH_TYPES.contains(h.type())) && (end < 0 || h.first() < end)) {
                end = h.first();
            }
        }
        Set<String> words = new HashSet<>();
        for (int k = 0; k < end; k++) {
            Token t = tokens.get(k);
            if (t.word() && (!t.capitalised() || k == 1 && isWord(tokens, 0, "the"))) {
                words.add(t.lower());
            }
        }
        return words;
    }

    private static boolean speaker(Token noun, Set<String> before) {
        return noun.word() && SpeakerPass.OFFICIAL.contains(noun.lower()) && before.contains(noun.lower());
    }

    private static boolean isWord(List<Token> tokens, int k, String w) {
        return k >= 0 && k < tokens.size() && tokens.get(k).word() && tokens.get(k).lower().equals(w);
    }
}
