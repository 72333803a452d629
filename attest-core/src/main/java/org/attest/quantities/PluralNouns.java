package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * Whether the words of a counted noun phrase read as plurals, for {@link NounPhraseReader} and the
 * readers around it: "protesters and police", "men and women" are plurals, "witness" and "census"
 * are not. (Making a plural is {@link Plurals}' job.)
 */
final class PluralNouns {
    private PluralNouns() {}

    /** Plurals with no final "s" and nouns of a group that pair with plurals ("men and women", "staff"). */
    private static final Set<String> PLURAL_WITHOUT_S = Set.of("people", "police", "men", "women",
            "children", "staff", "personnel", "media", "clergy", "youth", "military", "press");

    /**
     * True when {@code w} reads as a plural: "protesters and police", "men and women"; a singular
     * after a plural ("3 children and wife") is someone else, not a second noun of the count.
     */
    static boolean plural(String w) {
        // "witness", "analysis", "census": singulars that end in "s"
        return w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("sis") && !w.endsWith("us")
                || PLURAL_WITHOUT_S.contains(w);
    }

    /** True when a word in tokens [from, to] reads as a plural noun ("protesters", "people"). */
    static boolean anyPlural(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (plural(t.get(k).lower())) {
                return true;
            }
        }
        return false;
    }

    /** True when a word in tokens [from, to] ends in "s", as most plural nouns do. */
    static boolean pluralBetween(List<Token> t, int from, int to) {
        for (int k = from; k <= to; k++) {
            if (t.get(k).lower().endsWith("s")) {
                return true;
            }
        }
        return false;
    }
}
