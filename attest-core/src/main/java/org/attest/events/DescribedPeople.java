package org.attest.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops an arrest or a sentencing told by a participle right after a noun of persons that a
 * preposition governs ("rulings against people detained during the unrest", "the cases of 40 men
 * jailed for their posts", "dozens of activists arrested then have since been tried"): the participle
 * picks out whom the sentence is about, people held at some time before, and tells no arrest of its
 * own (the report told it where it happened, or it is background); "the number of people arrested on
 * Friday" counts that day's acts and stays. The participle as the clause's verb
 * ("people were detained") and a participle before its noun are read elsewhere; headings, which drop
 * their auxiliaries ("Forty people detained"), are not asked. Round extra211.
 */
final class DescribedPeople implements HitPass {
    /** Types whose participle so describes people: "arrest", "other" (jailed, sentenced). */
    private static final Set<String> TYPES = WordSets.named("described-people-types");
    /** Plural nouns of persons a participle may follow: "people", "men", "activists". */
    private static final Set<String> PERSONS = WordSets.named("described-people-nouns");
    /** Prepositions that govern such a noun: "of", "against", "for". */
    private static final Set<String> GOVERNORS = WordSets.named("described-people-prepositions");
    /** Words of a day after the participle: "people arrested on Friday" counts that day's acts. */
    private static final Set<String> DAYS = WordSets.named("described-people-days");
    /** Words looked at after the participle for a day. */
    static final int DAY_REACH = 3;
    /** Words looked back over from the noun to its preposition: "of at least 30 people". */
    static final int REACH = 4;

    @Override
    public String name() {
        return "described-people";
    }

    @Override
    public List<Hit> apply(SentenceContext sentence, List<Hit> hits) {
        if (sentence.heading()) {
            return hits;
        }
        List<Token> tokens = sentence.tokens();
        List<Hit> kept = new ArrayList<>(hits.size());
        for (Hit h : hits) {
            if (!described(tokens, h)) {
                kept.add(h);
            }
        }
        return kept;
    }

    /** True when the hit opens with an "-ed" participle right after a governed noun of persons. */
    static boolean described(List<Token> tokens, Hit h) {
        int noun = h.first() - 1;
        if (!TYPES.contains(h.type()) || noun < 1 || !tokens.get(h.first()).lower().endsWith("ed")
                || !PERSONS.contains(tokens.get(noun).lower())) {
            return false;
        }
        for (int k = h.last() + 1; k < Math.min(tokens.size(), h.last() + 1 + DAY_REACH); k++) {
            if (DAYS.contains(tokens.get(k).lower())) {
                return false; // a count of a day's acts still tells them
            }
        }
        for (int k = noun - 1; k >= Math.max(0, noun - REACH); k--) {
            Token t = tokens.get(k);
            if (!t.word() && !Character.isDigit(t.surface().charAt(0))) {
                return false; // a comma or a quote ends the noun phrase
            }
            if (GOVERNORS.contains(t.lower())) {
                return true;
            }
        }
        return false;
    }
}
