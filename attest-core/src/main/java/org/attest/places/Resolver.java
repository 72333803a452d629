package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;

/**
 * Chooses one place for a candidate among the gazetteer entries it matched, by ordered named
 * considerations that add to a score: how the name matched (the place's own name beats an
 * alternate, an exact key beats a skeleton), the document's country focus, province hints
 * ("Dorud (Lorestan)"), feature code (capital, seat of a division), population, and closeness
 * to the places already settled. The winning considerations are recorded as the pass.
 */
final class Resolver {
    /** A chosen place with its score and the considerations that decided it. */
    record Choice(int place, double score, double margin, String pass) {}

    private static final Set<String> SEATS = Set.of("PPLC", "PPLA", "PPLG");

    private final Gazetteer gazetteer;

    Resolver(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** Country weights: how strongly the document is about each country. */
    static final class Focus {
        final Map<String, Double> weight = new HashMap<>();
        /** What the mentions of one town name added to one country ("CC" tab-joined with the folded words). */
        private final Map<String, Double> ownByName = new HashMap<>();
        double max;

        void add(String country, double w) {
            double v = weight.merge(country, w, Double::sum);
            max = Math.max(max, v);
        }

        double share(String country) {
            return max == 0 ? 0 : weightOf(weight, country) / max;
        }

        /** {@code map.getOrDefault(key, 0.0)} without boxing a default for every country the text never names. */
        private static double weightOf(Map<String, Double> map, String key) {
            Double w = map.get(key);
            return w == null ? 0.0 : w;
        }

        /**
         * The province a name may be, or null when the name is also a country the text is more
         * about than the province's: "the economic capital of Niger" in a report on Niger names
         * the country, not Nigeria's state of that name, whatever the cue.
         */
        Region provinceUnlessCountry(Region country, Region province) {
            boolean countryWins = country != null && province != null && !province.country().equals(country.country())
                    && share(country.country()) > share(province.country());
            return countryWins ? null : province;
        }

        /** Records what the mention of a town's name {@code c} added to country {@code cc}. */
        void addOwn(Tokens t, Candidate c, String cc, double w) {
            ownByName.merge(ownKey(t, c, cc), w, Double::sum);
        }

        /**
         * The share of the focus that the rest of the text gives country {@code cc}: what the
         * mentions of the candidate's own name added is left out.
         */
        double shareWithout(Tokens t, Candidate c, String cc) {
            double own = weightOf(ownByName, ownKey(t, c, cc));
            return max == 0 ? 0 : (weightOf(weight, cc) - own) / max;
        }

        /** The key of {@link #ownByName}: the candidate's folded words and a country. */
        private static String ownKey(Tokens t, Candidate c, String cc) {
            StringBuilder b = new StringBuilder(cc);
            for (int w = c.first; w <= c.last; w++) {
                b.append('\t').append(t.folded(w));
            }
            return b.toString();
        }
    }

    // the considerations that raised or lowered an entry's score, as bits: the pass string is
    // spelled out once, for the winner, not for every entry a common name matches
    /** Share of the focus from which a town is at home: a namesake abroad does not outweigh it. */
    private static final double HOME_SHARE = 0.5;
    private static final int COUNTRY = 1;
    private static final int PROVINCE = 2;
    private static final int SMALLER = 4;
    private static final int NEARBY = 8;
    private static final int LOCAL = 16;

    Choice choose(int[] entries, boolean skeletal, Focus focus, Set<String> provinceHints,
                  SettledTowns settled) {
        return choose(entries, skeletal, focus, provinceHints, Map.of(), settled);
    }

    /**
     * As {@link #choose(int[], boolean, Focus, Set, SettledTowns)}, with bonuses that the words around this
     * one mention give a country ("CC") or a province ("CC.admin1"): see {@link LocalHints}.
     */
    Choice choose(int[] entries, boolean skeletal, Focus focus, Set<String> provinceHints,
                  Map<String, Double> local, SettledTowns settled) {
        int best = -1;
        double bestScore = Double.NEGATIVE_INFINITY;
        double second = Double.NEGATIVE_INFINITY;
        int bestKind = 0;
        int bestFlags = 0;
        long largest = 0;
        int largestPlace = -1;
        for (int e : entries) {
            long pop = gazetteer.population(Gazetteer.placeOf(e));
            if (pop > largest) {
                largest = pop;
                largestPlace = Gazetteer.placeOf(e);
            }
        }
        boolean largestAbroad = largestPlace >= 0 && focus.share(gazetteer.country(largestPlace)) == 0;
        for (int e : entries) {
            if (Gazetteer.placeOf(e) == largestPlace && Gazetteer.kindOf(e) == Gazetteer.PRIMARY) {
                largestAbroad = false; // a namesake by its own name ("Paris") still outweighs
            }
        }
        for (int e : entries) {
            int p = Gazetteer.placeOf(e);
            int kind = Gazetteer.kindOf(e);
            int flags = 0;
            // English exonyms ("Geneva", "Munich") are GeoNames alternates: the place's own name counts
            // only a little more than an alternate, and population a little more than before
            double s = kind == Gazetteer.PRIMARY ? 2.5 : kind == Gazetteer.ALTERNATE ? 2 : 1.5;
            String country = gazetteer.country(p);
            double share = focus.share(country);
            if (share > 0) {
                s += 4 * share;
                flags |= COUNTRY;
            }
            if (!provinceHints.isEmpty() && provinceHints.contains(country + "." + gazetteer.admin1Code(p))) {
                s += 5;
                flags |= PROVINCE;
            }
            if (!local.isEmpty()) {
                double b = Math.max(local.getOrDefault(country, 0.0),
                        local.getOrDefault(country + "." + gazetteer.admin1Code(p), 0.0))
                        + local.getOrDefault(NearestPart.key(p), 0.0);
                if (b > 0) {
                    s += b;
                    flags |= LOCAL;
                }
            }
            String fc = gazetteer.featureCode(p);
            s += fc.equals("PPLC") ? 2 : SEATS.contains(fc) ? 1.5 : fc.equals("PPLA2") ? 1
                    : fc.startsWith("PPLA") ? 0.5 : fc.equals("PPLX") || fc.equals("PPLH") || fc.equals("PPLQ") ? -2 : 0;
            s += Math.log10(gazetteer.population(p) + 1) * 0.75;
            boolean capitalByName = kind == Gazetteer.PRIMARY && fc.equals("PPLC");
            if (capitalByName) {
                s += 0.5; // "New Delhi" is the capital, not Delhi that lists the capital's name as an alternate
            }
            // a larger namesake that has the name only as one of its alternates, in a country the
            // text never turns to, does not outweigh a town of the country the text is about
            boolean outweighed = !(largestAbroad && share >= HOME_SHARE);
            if (largest >= 100_000 && gazetteer.population(p) * 5 < largest && !capitalByName && outweighed) {
                // a capital named by its own name is not outweighed ("Islamabad" is no Chattogram)
                s -= 1.5; // a city of that name five times larger is the likelier reading ("Geneva")
                flags |= SMALLER;
            }
            if (near(p, settled)) {
                s += 1.5;
                flags |= NEARBY;
            }
            if (s > bestScore) {
                second = bestScore;
                bestScore = s;
                best = p;
                bestKind = kind;
                bestFlags = flags;
            } else if (s > second) {
                second = s;
            }
        }
        double margin = second == Double.NEGATIVE_INFINITY ? 10 : bestScore - second;
        return new Choice(best, bestScore, margin, best < 0 ? "" : pass(skeletal, bestKind, bestFlags));
    }

    private static String pass(boolean skeletal, int kind, int flags) {
        StringBuilder pass = new StringBuilder(skeletal ? "skeleton" : "exact");
        pass.append(kind == Gazetteer.PRIMARY ? "-name" : kind == Gazetteer.ALTERNATE ? "-alternate" : "-short");
        if ((flags & COUNTRY) != 0) {
            pass.append("+country");
        }
        if ((flags & PROVINCE) != 0) {
            pass.append("+province");
        }
        if ((flags & LOCAL) != 0) {
            pass.append("+local");
        }
        if ((flags & SMALLER) != 0) {
            pass.append("-smaller");
        }
        if ((flags & NEARBY) != 0) {
            pass.append("+nearby");
        }
        return pass.toString();
    }

    /** 150 km as degrees of latitude: points further apart in latitude alone are not near. */
    private static final double NEAR_LAT_DEGREES = 150 / (Math.PI * 6371 / 180);
    /** 150 km as the haversine term: km(a) = 2R asin(sqrt(a)) is below 150 exactly when a is below this. */
    private static final double NEAR_HAVERSINE = Math.pow(Math.sin(150.0 / (2 * 6371)), 2);

    /**
     * True when a settled place lies within 150 km. A document of a megabyte settles thousands of
     * places and this is asked for every candidate entry, so it reads only the settled towns of
     * the grid cells about the place ({@link SettledTowns#around}), first drops points by latitude
     * alone and compares the haversine term with its threshold instead of taking atan2.
     */
    private boolean near(int p, SettledTowns settled) {
        double lat = gazetteer.lat(p);
        double lon = gazetteer.lon(p);
        for (double[] ll : settled.around(lat, lon)) {
            if (Math.abs(ll[0] - lat) <= NEAR_LAT_DEGREES && haversine(lat, lon, ll[0], ll[1]) < NEAR_HAVERSINE) {
                return true;
            }
        }
        return false;
    }

    /** The haversine term a of two points; the distance is 2R atan2(sqrt(a), sqrt(1 - a)). */
    static double haversine(double lat1, double lon1, double lat2, double lon2) {
        double dLat = Math.toRadians(lat2 - lat1);
        double dLon = Math.toRadians(lon2 - lon1);
        return Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(lat1))
                * Math.cos(Math.toRadians(lat2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
    }

    static double km(double lat1, double lon1, double lat2, double lon2) {
        double a = haversine(lat1, lon1, lat2, lon2);
        return 6371 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
