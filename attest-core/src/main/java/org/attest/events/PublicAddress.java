package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a speaker set in a public address by a participle between commas: "Varnholt, speaking
 * at a harbour forum in Velmar, said ...", "Premier Ana Holt, addressing the cabinet, called the
 * strike unlawful and said ...". The report tells where the words were given out, so they are a
 * statement of their own, as a dated saying is ({@link DatedSpeech}), even when a bare name speaks.
 * A speaker named by a title alone ("The health minister, speaking to journalists at the harbour,
 * said ...") speaks in public only when the appositive names the press ({@link PressSettings#namesPress}).
 */
final class PublicAddress {
    /** Participles of a public address that may open the appositive: "speaking", "addressing". */
    private static final Set<String> PARTICIPLES = WordSets.named("public-address-participles");
    /** Capitalised openers that are no speaker's name: "The", "He", "Witnesses". */
    private static final Set<String> NOT_NAMES = WordSets.named("dated-speaker-non-names");
    /** Words of speakers who only attribute: "Witnesses", "Residents". */
    private static final Set<String> ATTRIBUTING = WordSets.named("attributing-speakers");
    /** Lower-case words inside a person's name: "van der Brink". */
    private static final Set<String> PARTICLES_OF_NAMES = WordSets.named("name-particles");
    /** Words that may stand between the appositive and the verb: "..., also said". */
    private static final Set<String> AUXILIARIES = Set.of("has", "had", "also", "later", "then");
    /** Words the speaker's name and title may hold at most: "Deputy Prime Minister Omar Dela Varga". */
    private static final int NAME_WORDS = 7;
    /** Words the appositive may hold at most: "speaking at a news conference in the capital's old town". */
    private static final int SETTING_WORDS = 12;

    private PublicAddress() {
    }

    /**
     * True when the speech verb at {@code verb} is the main verb of a sentence that opens with a
     * capitalised name, then ", speaking ...," or ", addressing ...,", then the verb or a clause
     * of that subject joined to the verb by "and" ("..., called the strike unlawful and said").
     */
    static boolean speaking(List<Token> tokens, int verb) {
        int k = 0;
        int words = 0;
        // "The interior minister, speaking to reporters, said": a title after "the", told by the press setting
        boolean titled = verb > 1 && tokens.get(0).lower().equals("the");
        while (k < verb && tokens.get(k).word()) {
            Token t = tokens.get(k);
            boolean particle = !t.capitalised() && PARTICLES_OF_NAMES.contains(t.lower()) && words > 0;
            boolean titleWord = titled && (k == 0 || !SpeakerPass.PRONOUNS.contains(t.lower()) && !NOT_NAMES.contains(t.lower()));
            if (!(t.capitalised() || particle || titleWord) || !titleWord && NOT_NAMES.contains(t.lower())
                    || ATTRIBUTING.contains(t.lower()) || ++words > NAME_WORDS) {
                return false;
            }
            k++;
        }
        if (words == 0 || k + 1 >= verb || !tokens.get(k).surface().equals(",")
                || !PARTICIPLES.contains(tokens.get(k + 1).lower())) {
            return false;
        }
        int close = -1;
        for (int j = k + 2; j < verb && j <= k + 1 + SETTING_WORDS; j++) {
            Token t = tokens.get(j);
            if (t.surface().equals(",")) {
                close = j;
                break;
            }
            if (!t.word()) {
                return false; // a quote, bracket or stop: no appositive of a setting
            }
        }
        if (close < 0 || titled && !PressSettings.namesPress(tokens, k + 2, close)) {
            return false;
        }
        int v = verb;
        while (v > close + 1 && AUXILIARIES.contains(tokens.get(v - 1).lower())) {
            v--;
        }
        if (close + 1 == v) {
            return true; // "X, speaking at ..., said", "..., also said"
        }
        // "X, addressing ..., called the strike unlawful and said": one clause, joined by "and"
        for (int j = close + 1; j < verb; j++) {
            if (!tokens.get(j).word()) {
                return false;
            }
        }
        return tokens.get(verb - 1).lower().equals("and");
    }
}
