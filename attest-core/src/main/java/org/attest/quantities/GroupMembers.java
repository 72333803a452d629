package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * "The mother of one of the five, a student, said ...", "the father of one of the four said":
 * a bare number after "one of the" names a group the report has counted already, to single out
 * one member; it states no count. A noun after the number ("one of the five judges") makes it a
 * count again, so only a number followed by punctuation or by a word of {@code
 * group-member-followers.txt} ("said", "who", "was") is left out.
 */
final class GroupMembers {
    /** Words after the number that show no noun follows it ({@code group-member-followers.txt}). */
    private static final Set<String> FOLLOWERS = Set.copyOf(LexiconReader.words("group-member-followers.txt"));

    private GroupMembers() {}

    /** True when the number {@code m} stands bare after "one of the". */
    static boolean member(List<Token> t, NumberMatch m) {
        int f = m.first();
        if (f < 3 || !t.get(f - 1).is("the") || !t.get(f - 2).is("of") || !t.get(f - 3).is("one")) {
            return false;
        }
        int after = m.last() + 1;
        if (after >= t.size()) {
            return true;
        }
        Token next = t.get(after);
        return !next.isWord() || FOLLOWERS.contains(next.lower());
    }
}
