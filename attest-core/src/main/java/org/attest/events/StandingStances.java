package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops a statement told in the present perfect with a verb of saying or of a stance ("the premier
 * has said she will not stand again", "the government has repeatedly pledged to pay the arrears", "the
 * ministry has rejected criticism"): the perfect sums up a position held over time, the background a
 * report gives, not words spoken on a day it reports as news. The perfect takes no day ("has said on
 * Tuesday" is no English), so the rule needs no date test. Warnings, denials and announcements in the
 * perfect stay ("the government has warned that strikers would face measures" is a step the annotators
 * count): only the verbs of {@code standing-stance-verbs} are read, and a pledge or a promise only with an
 * adverb of repetition or duration ("has repeatedly pledged", {@code standing-record-verbs}): "the minister
 * has promised to halve the levy" tells a step taken. Round stmt201.
 */
final class StandingStances implements HitPass {
    /** Verbs whose perfect tells a standing position: "has said", "has pledged", "has rejected". */
    private static final Set<String> STANCES = WordSets.named("standing-stance-verbs");
    /** The perfect's auxiliaries. */
    private static final Set<String> PERFECT = Set.of("has", "have");
    /** Verbs whose perfect sums up a record with an adverb before them: "has repeatedly pledged". */
    private static final Set<String> RECORDS = WordSets.named("standing-record-verbs");
    /** Adverbs of repetition or duration between the auxiliary and the verb: "has repeatedly said", "has long rejected". */
    private static final Set<String> BETWEEN = WordSets.named("standing-stance-adverbs");

    @Override
    public String name() {
        return "standing-stances";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!standing(tokens, h)) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True when a statement's one-word verb of stance follows "has" or "have" (a record's verb with an adverb between). */
    static boolean standing(List<Token> tokens, Hit h) {
        if (!h.type().equals("statement") || h.first() != h.last()) {
            return false;
        }
        Token verb = tokens.get(h.first());
        if (!verb.word()) {
            return false;
        }
        int k = h.first() - 1;
        boolean adverb = k >= 0 && tokens.get(k).word() && BETWEEN.contains(tokens.get(k).lower());
        if (adverb) {
            k--;
        }
        boolean perfect = k >= 0 && tokens.get(k).word() && PERFECT.contains(tokens.get(k).lower());
        return perfect && (STANCES.contains(verb.lower()) || adverb && RECORDS.contains(verb.lower()));
    }
}
