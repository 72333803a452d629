package org.attest.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.internal.Validate;

/**
 * The small word lists of {@code word-sets.tsv} that the passes test single tokens against
 * ("families", "relatives" as kin; "scheduled", "slated" after an execution), by name. They are
 * part of the shipped lexicon, reviewed as data, and read once from the class path: a list the
 * code names and the file lacks is a packaging defect and fails at class initialisation.
 */
final class WordSets {
    private static final Map<String, Set<String>> SETS = read();

    /**
     * The lists tested against (nearly) every token of a sentence, in the order of their bits in
     * {@link Lexeme#sets()} (at most 64): the profile's most asked ones, so that a {@link TokenSet}
     * of them costs a bit test per token. Which lists are here changes speed only, never an answer.
     */
    static final List<String> ON_TOKENS = List.of("place-affiliates", "origin-list-glue", "name-connectors",
            "name-leading", "subject-clause-openers", "subject-pronouns", "another-event", "more-counts",
            "announced-plans", "progressive-be", "trend-after", "heading-small-words", "covering-verbs",
            "covering-media", "modals-after", "finite-be", "before-adjective", "ban-participles", "ban-auxiliaries",
            "habit-subjects", "relative-auxiliaries", "relative-pronouns", "demand-ends", "speaker-intro-openers",
            "custody-auxiliaries", "share-words", "present-object-openers", "obligation-modals", "vote-telling",
            "going-on", "denial-verbs", "rejection-verbs", "denial-passive-be", "denial-relatives", "denied-claim-nouns",
            "retelling-subjects", "negated-relative-openers", "negated-relative-be", "frame-prepositions",
            "announced-future-modals");
    /** The bits of the {@link #ON_TOKENS} lists each word is in. */
    private static final Map<String, Long> BITS = Map.copyOf(bits());

    private WordSets() {}

    /** The bit of list {@code name} in {@link Lexeme#sets()}, or 0 when it has none. */
    static long bit(String name) {
        int k = ON_TOKENS.indexOf(name);
        return k < 0 ? 0 : 1L << k;
    }

    /**
     * The bits of the {@link #ON_TOKENS} lists each of their words is in, by lower-case word: the
     * lexicon files them with its other knowledge of a word ({@link WordIndex}), so a new word of
     * a document costs no lookup of its own for them.
     */
    static Map<String, Long> bitsByWord() {
        return BITS;
    }

    private static Map<String, Long> bits() {
        Validate.isTrue(ON_TOKENS.size() <= Long.SIZE, "more lists on tokens than bits");
        Map<String, Long> bits = new HashMap<>();
        for (int k = 0; k < ON_TOKENS.size(); k++) {
            for (String w : named(ON_TOKENS.get(k))) {
                bits.merge(w, 1L << k, (a, b) -> a | b);
            }
        }
        return bits;
    }

    /** The list called {@code name}, lower case. */
    static Set<String> named(String name) {
        Set<String> words = SETS.get(name);
        Validate.isTrue(words != null, "word-sets.tsv: no list '%s'", name);
        return words;
    }

    private static Map<String, Set<String>> read() {
        Map<String, Set<String>> sets = new HashMap<>();
        for (TsvTable.Row r : TsvTable.parse("word-sets.tsv", EventLexicon.resource("word-sets.tsv"), "set", "words")) {
            Set<String> words = HashLookup.setOf(r.get("words").split(" +"));
            Validate.isTrue(sets.put(r.get("set"), words) == null, "word-sets.tsv line %d: list '%s' twice", r.line(), r.get("set"));
        }
        return Map.copyOf(sets);
    }
}
