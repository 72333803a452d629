package org.attest.events;

import java.util.List;
import java.util.Set;

/**
 * Tells an unnamed voice of a named office that denies ("A police spokesman denied that officers
 * used batons", "An HTS official denied that anyone was held") from one that only sources facts
 * ("A police spokesman said 30 were hurt"), for {@link UnnamedSpeakers}. A denial is the office's
 * stand on what it is accused of, news in itself whoever voices it; a plain account by the same
 * voice only tells where the report's facts come from. The office must be named between the
 * article and the voice: by a capital or an acronym ("an HTS official"), a state office ("a
 * government spokesman") or a force that gives accounts ("a police spokesman"); "an official
 * denied" names none and stays a source.
 */
final class OfficeDenials {
    /** Verbs that deny: "denied", "refuted", "rejected", "dismissed" (DenialPass's lists). */
    private static final TokenSet DENYING = TokenSet.named("denial-verbs");
    private static final TokenSet REJECTING = TokenSet.named("rejection-verbs");
    /** Words of one who speaks for an office: "spokesman", "official". */
    private static final Set<String> VOICES = Set.of("spokesman", "spokeswoman", "spokesperson", "official");
    /** Lower-case offices that name whom the voice speaks for: "government", "ministry", "police". */
    private static final Set<String> STATE_OFFICES = WordSets.named("state-office-voices");
    private static final Set<String> FORCES = WordSets.named("account-giving-forces");

    private OfficeDenials() {}

    /**
     * True when the verb at {@code verb} denies and the speaker {@code [from, last]}, opened by "a"
     * or "an" and closed by a voice word, names its office between them.
     */
    static boolean denies(List<Token> tokens, int from, int last, int verb) {
        if (verb < 0 || verb >= tokens.size() || !(DENYING.has(tokens.get(verb)) || REJECTING.has(tokens.get(verb)))) {
            return false;
        }
        String article = tokens.get(from).lower();
        if (!(article.equals("a") || article.equals("an")) || !VOICES.contains(tokens.get(last).lower())) {
            return false;
        }
        for (int k = from + 1; k < last; k++) {
            Token t = tokens.get(k);
            if (t.word() && (t.capitalised() || t.acronym() || STATE_OFFICES.contains(t.lower()) || FORCES.contains(t.lower()))) {
                return true;
            }
        }
        return false;
    }
}
