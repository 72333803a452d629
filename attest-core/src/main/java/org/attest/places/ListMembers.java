package org.attest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidates of each list, in the order of the document's candidates, gathered once per
 * document: {@link Lists#amongProvinces}, {@link Lists#amongTowns} and {@link Lists#amongCountries}
 * read a candidate's fellow members, and reading every candidate of a long report for each of
 * them grew with the square of its length.
 *
 * <p>Build it once the lists are final ({@link Lists#mark} and {@link Lists#unmarkThin} have run):
 * a candidate joins no list afterwards. The readers still test each member's list and life, so a
 * member unmarked or rejected since is skipped as before.
 */
final class ListMembers {
    private final Map<Integer, List<Candidate>> byGroup = new HashMap<>();

    /** Gathers the listed candidates of {@code cands} by list; {@code cands} is not kept. */
    ListMembers(List<Candidate> cands) {
        for (Candidate c : cands) {
            if (c.listed) {
                byGroup.computeIfAbsent(c.group, g -> new ArrayList<>()).add(c);
            }
        }
    }

    /** The members of {@code c}'s list, itself among them, in document order; empty when it stands in none. */
    List<Candidate> of(Candidate c) {
        return c.listed ? byGroup.getOrDefault(c.group, List.of()) : List.of();
    }
}
