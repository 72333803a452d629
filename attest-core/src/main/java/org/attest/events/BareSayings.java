package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Recognises a body's bare saying: "The army said 17 of those held were still in custody", "The
 * union says it will consult its members". A ministry, party, union or army that "said" or "says"
 * something with no day, no medium and no quoted words of its own is the report's source for what
 * the words tell, the plain formula of news attribution, not a statement reported as news; the
 * same body that "said on Friday", "said in a statement" or "said it was 'deeply concerned'" makes
 * one. A person who holds an office ("Interior Minister X said", "the governor of the province
 * said") speaks as news even undated, as {@link SpeakerPass} reads it. A pronoun that goes on for a
 * speaker named before ("He said three suspects were held", {@link PronounSpeakers}) is read as a body
 * is: its undated, unquoted words source what they tell (round stmt220: none of four such sentences in
 * five evaluation sets was a statement).
 */
final class BareSayings {
    /** The plain reporting verbs this reading applies to: "said", "says". */
    private static final Set<String> VERBS = WordSets.named("bare-saying-verbs");
    /** Weekdays and months that date a saying: "on Monday", "on 3 May". */
    private static final Set<String> DAYS = WordSets.named("speech-days");
    /** Titles of a person who holds an office: "minister", "spokesman", "governor". */
    private static final Set<String> TITLES = WordSets.named("office-holder-titles");
    /** Prepositions that open the medium or setting of a saying: "in a letter", "on X", "at a rally". */
    private static final Set<String> MEDIUM_OPENERS = WordSets.named("saying-medium-openers");
    /** Nouns of a saying's medium or setting: "statement", "letter", "post", "interview", "rally". */
    private static final Set<String> MEDIA = WordSets.named("saying-media");
    /** Words after the verb within which its medium must begin: "said late in a post". */
    private static final int OPENER_REACH = 3;
    /** Words after the medium's preposition within which its noun must stand: "in a brief televised statement". */
    private static final int MEDIUM_REACH = 4;

    private BareSayings() {}

    /**
     * True when the speech hit {@code h} is "said" or "says" whose subject, read back from the verb
     * to the sentence's start, holds no office-holder's title, and the saying has no day
     * ({@link DatedSpeech}), no medium after the verb and no quotation in the sentence.
     */
    static boolean bare(List<Token> tokens, Hit h) {
        int verb = h.last();
        if (verb < 0 || verb >= tokens.size() || !VERBS.contains(tokens.get(verb).lower())) {
            return false;
        }
        if (DatedSpeech.dated(tokens, h) || dayBefore(tokens, verb) || medium(tokens, verb)
                || PublicAddress.speaking(tokens, verb) || PressSettings.givenToPress(tokens, verb)) {
            return false; // "held a news conference on Tuesday and said", "X, speaking at a forum, said": news of a day or a setting
        }
        for (int k = 0; k < tokens.size(); k++) {
            if (tokens.get(k).quote()) {
                return false; // "said it was 'deeply concerned'": the body's own words, carried
            }
        }
        for (int k = 0; k < verb; k++) {
            Token t = tokens.get(k);
            if (t.word() && TITLES.contains(t.lower())) {
                return false; // "Board chair X said", "a spokesman for the union said": a person in office
            }
        }
        return true;
    }

    /** True when a weekday or month is named before the verb: "the union on Monday said", "met the mayor on Friday and said". */
    private static boolean dayBefore(List<Token> tokens, int verb) {
        for (int k = 0; k < verb; k++) {
            if (tokens.get(k).word() && DAYS.contains(tokens.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when a medium or setting follows the verb: "said in a letter to the council", "says on its website". */
    static boolean medium(List<Token> tokens, int verb) {
        int words = 0;
        for (int k = verb + 1; k < tokens.size() && words < OPENER_REACH; k++) {
            Token t = tokens.get(k);
            if (!t.word()) {
                return false;
            }
            words++;
            if (MEDIUM_OPENERS.contains(t.lower())) {
                for (int j = k + 1, n = 0; j < tokens.size() && n < MEDIUM_REACH && tokens.get(j).word(); j++, n++) {
                    if (MEDIA.contains(tokens.get(j).lower())) {
                        return true;
                    }
                }
                return false;
            }
        }
        return false;
    }
}
