package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * People's adjectives before a counted noun: "hundreds of Albanian police officers", "31 Baluch
 * prisoners", "47 U.S. senators". The number counts the noun; the adjective says whose they are,
 * as a place says where, so the unit leaves it out ("police officers", "prisoners", "senators"),
 * unless the noun says nothing but the nationality ("two Afghan nationals"). Read by
 * {@link NounPhraseReader} when it closes a phrase and by {@link NumberedNames} ("in Rome 62
 * Italian senators signed": the number opens a count, it is no "Rome 62").
 */
final class PeopleAdjectives {
    /** Nationalities, ethnic groups and regions' peoples, lower case ({@code people-adjectives.txt}). */
    private static final Set<String> ADJECTIVES = Set.copyOf(LexiconReader.words("people-adjectives.txt"));
    /** Last words of units that keep the adjective ({@code people-adjective-heads.txt}). */
    private static final Set<String> KEEPING_HEADS = Set.copyOf(LexiconReader.words("people-adjective-heads.txt"));

    private PeopleAdjectives() {}

    /** True when token {@code k} is a capitalised people's adjective ("Kurdish", "U.S."). */
    static boolean is(String text, List<Token> t, int k) {
        Token tok = t.get(k);
        return tok.isWord() && tok.capitalized(text) && ADJECTIVES.contains(tok.lower());
    }

    /**
     * The first token of the unit [first, last] without a people's adjective that opens it before
     * a lower-case word ("Baluch prisoners" from "prisoners"); {@code first} when the unit has no
     * such adjective, is that word alone, or ends in a noun that keeps it ("Afghan nationals"). A
     * name of several capitalised words in its place goes as well ({@link NamedOwners}).
     */
    static int dropped(String text, List<Token> t, int first, int last) {
        if (first >= last || KEEPING_HEADS.contains(t.get(last).lower())) {
            return first;
        }
        if (!is(text, t, first)) {
            return NamedOwners.dropped(text, t, first, last); // "Red Crescent volunteers": volunteers
        }
        Token next = t.get(first + 1);
        return next.isWord() && next.spaceBefore() && !next.capitalized(text) ? first + 1 : first;
    }
}
