package org.attest.events;

import java.util.HashMap;
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

    private WordSets() {}

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
