package org.attest.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The provinces a text names by themselves ("Michigan", "Khuzestan province"): a town of the
 * name in one of them is likelier than a namesake elsewhere in the country, as a report on
 * Michigan's "Mason" means Mason, Michigan, not a larger town of California that GeoNames also
 * calls so. The bonus is the size of a local hint's, added where the words around gave none.
 */
final class NamedProvinces {
    private NamedProvinces() {}

    /** What a named province adds to its towns' scores in {@link Resolver#choose}. */
    static final double BONUS = 2.5;

    /**
     * The keys ("CC.admin1") of the provinces the living candidates name, where {@code provinceOf}
     * gives the province a candidate names and no town of it (null otherwise).
     */
    static Set<String> of(List<Candidate> cands, Function<Candidate, Region> provinceOf) {
        Set<String> out = new HashSet<>();
        for (Candidate c : cands) {
            Region r = c.alive() ? provinceOf.apply(c) : null;
            if (r != null) {
                out.add(r.country() + "." + r.admin1Code());
            }
        }
        return out;
    }

    /** The local bonuses with each named province's added where it had less: a new map, or {@code local} itself. */
    static Map<String, Double> with(Map<String, Double> local, Set<String> named) {
        if (named.isEmpty()) {
            return local;
        }
        Map<String, Double> out = new HashMap<>(local);
        for (String key : named) {
            out.merge(key, BONUS, Math::max);
        }
        return out;
    }
}
