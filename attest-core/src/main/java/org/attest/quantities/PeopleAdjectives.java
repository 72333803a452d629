package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * People's adjectives before a counted noun: "hundreds of Albanian police officers", "31 Baluch
 * prisoners", "47 U.S. senators". The adjective is part of the unit (it tells which prisoners are
 * counted; see {@link NounPhraseReader#phrase}); here it only tells {@link NumberedNames} that a
 * number before it opens a count ("in Rome 62 Italian senators signed": no "Rome 62").
 */
final class PeopleAdjectives {
    /** Nationalities, ethnic groups and regions' peoples, lower case ({@code people-adjectives.txt}). */
    private static final Set<String> ADJECTIVES = Set.copyOf(LexiconReader.words("people-adjectives.txt"));

    private PeopleAdjectives() {}

    /** True when token {@code k} is a capitalised people's adjective ("Kurdish", "U.S."). */
    static boolean is(String text, List<Token> t, int k) {
        Token tok = t.get(k);
        return tok.isWord() && tok.capitalized(text) && ADJECTIVES.contains(tok.lower());
    }
}
