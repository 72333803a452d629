package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * Units that a number with no noun of its own takes from words after it: the noun its own "were"
 * names ("Of those hanged, 31 were women": women) or a part's "were"
 * names ("twelve of them were nurses": nurses, not the whole the part is taken from) and what "the
 * number of" right after it counts ("bringing to 60 the number of people held": people). Asked by
 * {@link UnitInference} before the units of the words before the number.
 */
final class PredicateUnits {
    /** Pronouns after "of" that make a number a part of people already named. */
    private static final Set<String> PART_PRONOUNS = Set.of("them", "those", "these", "whom");

    /** Words that may stand between the part and its "were": "of those executed in the north last year were". */
    private static final int PREDICATE_REACH = 6;

    private final NounPhraseReader phrases;

    PredicateUnits(NounPhraseReader phrases) {
        this.phrases = phrases;
    }

    /**
     * The unit the words from {@code after} (the first token after the number) name, or null.
     */
    String unit(String text, List<Token> t, int after) {
        if (after + 3 < t.size() && t.get(after).is("the") && t.get(after + 1).is("number") && t.get(after + 2).is("of")) {
            UnitReader.Unit counted = phrases.phrase(text, t, after + 3);
            return counted == null ? null : counted.unit(); // "bringing to 60 the number of people held"
        }
        if (after + 1 < t.size() && (t.get(after).is("were") || t.get(after).is("are"))) {
            return named(text, t, after); // "Of those hanged, 31 were women": the noun of the part
        }
        if (after + 1 >= t.size() || !t.get(after).is("of") || !PART_PRONOUNS.contains(t.get(after + 1).lower())) {
            return null;
        }
        for (int k = after + 2; k < t.size() && k <= after + 2 + PREDICATE_REACH; k++) {
            Token tok = t.get(k);
            if (tok.is("were") || tok.is("are")) {
                return named(text, t, k);
            }
            if (!tok.isWord() && !tok.isNumber()) {
                return null; // a comma or stop: the part's clause has ended
            }
        }
        return null;
    }

    /** The plural noun right after the "were" or "are" at {@code be}, or null. */
    private String named(String text, List<Token> t, int be) {
        UnitReader.Unit named = be + 1 < t.size() ? phrases.phrase(text, t, be + 1) : null;
        // "were nurses", "were foreign nationals"; "were arrested", "were under 18" name nothing
        return named == null || named.unit() == null || !PluralNouns.plural(t.get(named.last()).lower())
                ? null : named.unit();
    }
}
