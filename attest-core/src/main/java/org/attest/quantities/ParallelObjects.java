package org.attest.quantities;

import java.util.List;
import java.util.Set;

/**
 * "killing 12 students and wounding 30", "shot dead two miners, injuring five": a bare number
 * right after a second people verb, whose clause follows straight on the count of the first, counts
 * the same kind of people; the second clause leaves the noun out because the first just wrote it.
 */
final class ParallelObjects {
    private ParallelObjects() {}

    /**
     * True when the number at {@code numberFirst} is the object of a people verb that follows the
     * previous count (ending at {@code countLast}) after a comma, "and" or both, and that count was
     * itself the object of a people verb.
     */
    static boolean follows(List<Token> t, int numberFirst, int countLast, int countFirst, Set<String> peopleObjectVerbs) {
        if (countLast < 0 || countFirst < 1 || numberFirst < 2 || !t.get(numberFirst - 1).isWord()
                || !peopleObjectVerbs.contains(t.get(numberFirst - 1).lower())
                || !t.get(countFirst - 1).isWord() || !peopleObjectVerbs.contains(t.get(countFirst - 1).lower())) {
            return false;
        }
        int k = numberFirst - 2;
        if (t.get(k).is("and")) {
            k--;
        }
        if (k >= 0 && t.get(k).isSymbol(',')) {
            k--;
        }
        return k == countLast && k < numberFirst - 2;
    }
}
