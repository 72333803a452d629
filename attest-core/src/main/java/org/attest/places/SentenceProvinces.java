package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.gazetteer.Gazetteer;
import org.attest.model.PlaceKind;

/**
 * "Texas executed a man at the state prison in Huntsville": a province the sentence names makes
 * the town of that province likelier than a namesake elsewhere (Huntsville, Alabama is the larger).
 * A weak hint, as "in Tehran province and in X" may as well name a town of another province: it
 * settles namesakes of like rank, not a city against a village (see {@link Resolver}: population
 * and feature code outweigh it).
 */
final class SentenceProvinces {
    /** What a province named in the sentence adds to its own town's score. */
    static final double BONUS = 3;
    /** Most candidates looked at either side of a town for a province. */
    private static final int REACH = 8;

    private SentenceProvinces() {}

    /**
     * Adds, for each town candidate without a hint of its own whose namesakes lie in several
     * provinces, a bonus keyed "CC.admin1" for each province named in its sentence that holds one.
     */
    static void add(Tokens t, List<Candidate> cands, Gazetteer gazetteer, Map<Candidate, Map<String, Double>> bonus) {
        for (int i = 0; i < cands.size(); i++) {
            Candidate c = cands.get(i);
            if (!c.alive() || c.entries.length < 2 || bonus.containsKey(c) || !severalProvinces(c, gazetteer)) {
                continue;
            }
            for (int j = Math.max(0, i - REACH); j < cands.size() && j <= i + REACH; j++) {
                Candidate d = cands.get(j);
                if (j == i || !d.alive() || d.namesCountry() || !sameSentence(t, j < i ? d : c, j < i ? c : d)) {
                    continue;
                }
                for (Region r : d.regions) {
                    String key = r.country() + "." + r.admin1Code();
                    if (r.kind() == PlaceKind.PROVINCE && LocalHints.holdsTownIn(c, key, gazetteer)) {
                        bonus.computeIfAbsent(c, x -> new HashMap<>()).merge(key, BONUS, Math::max);
                    }
                }
            }
        }
    }

    private static boolean severalProvinces(Candidate c, Gazetteer gazetteer) {
        int first = Gazetteer.placeOf(c.entries[0]);
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            if (!gazetteer.admin1Code(p).equals(gazetteer.admin1Code(first)) || !gazetteer.country(p).equals(gazetteer.country(first))) {
                return true;
            }
        }
        return false;
    }

    /** True when nothing that ends a sentence or a line stands between candidate {@code a} and the later {@code b}. */
    private static boolean sameSentence(Tokens t, Candidate a, Candidate b) {
        for (int i = t.end[a.last]; i < t.start[b.first]; i++) {
            char ch = t.text.charAt(i);
            if (ch == '.' || ch == ';' || ch == '!' || ch == '?' || ch == '\n') {
                return false;
            }
        }
        return true;
    }
}
