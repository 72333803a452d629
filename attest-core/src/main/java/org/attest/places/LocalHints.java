package org.attest.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;
import org.attest.model.PlaceKind;

/**
 * What the words right around one candidate say about its country or province, as score
 * bonuses keyed "CC" (a country) or "CC.admin1" (a province) for {@link Resolver}:
 * <ul>
 *   <li>a qualifier after a comma or in brackets ("Paris, Texas", "London, Ontario",
 *       "Tripoli (Lebanon)", "Santiago, Chile", "Pasto, in Narino") names the town's own province or country;</li>
 *   <li>a town it names a part of ("the Ahmadabad neighbourhood of Mashhad") is in the
 *       same country, and of the towns its name may be, the one beside that town
 *       ({@link NearestPart});</li>
 *   <li>the other members of its list ("Homs, Hama and Idlib"; "Buenos Aires, Cordoba and
 *       Rosario") lie in one country, and so, likely, does this one;</li>
 *   <li>a demonym a few words before it ("the Lebanese city of Tripoli") names its country.</li>
 * </ul>
 * Built once per document; the document-wide hints stay with {@link Geoparser}.
 */
final class LocalHints {
    /** A qualifier names the place outright: it outweighs focus, population and feature code. */
    static final double QUALIFIER = 8;
    /** A name a qualifier settled once is likely the same place when the text repeats it bare. */
    static final double SAME_NAME = 7;
    /** The other members of a list make a country likely, not certain. */
    static final double LIST_COUNTRY = 5;

    private final Map<Candidate, Map<String, Double>> bonus = new HashMap<>();
    private final Set<Candidate> qualifiers = new HashSet<>();
    private final Set<Candidate> qualified = new HashSet<>();
    /** Qualifiers that name the country of the town before them ("Batumi, Georgia" is not the US state). */
    private final Set<Candidate> countryQualifiers = new HashSet<>();
    /** Province names that qualify a town the gazetteer lacks ("arrested in Baharestan, Isfahan."). */
    private final Set<Candidate> provincesOfUnknownTowns = new HashSet<>();
    /** The country of the town a candidate names a part of ("the Ahmadabad neighbourhood of Mashhad"). */
    private final Map<Candidate, String> within = new HashMap<>();
    /** The country most other members of the candidate's list lie in. */
    private final Map<Candidate, String> listCountry = new HashMap<>();

    LocalHints(Tokens t, List<Candidate> cands, Gazetteer gazetteer, RegionIndex regions) {
        for (int k = 0; k + 1 < cands.size(); k++) {
            Candidate c = cands.get(k);
            Candidate q = cands.get(k + 1);
            boolean next = q.first == c.last + 1 && qualifierGap(t, c.last) || inQualifier(t, c, q); // "Pasto, in Narino,"
            if (c.alive() && q.alive() && c.entries.length > 0 && next && !CityParts.directionAfter(t, q)
                    && !(c.listed && listGoesOn(t, q) && namesLargeTownAtHome(q, gazetteer))) { // "Toronto, Vancouver, Washington, DC"
                for (Region r : q.regions) {
                    String key = r.kind() == PlaceKind.COUNTRY ? r.country() : r.country() + "." + r.admin1Code();
                    if (r.kind() != PlaceKind.REGION && holdsTownIn(c, key, gazetteer)) {
                        bonus.computeIfAbsent(c, x -> new HashMap<>()).put(key, QUALIFIER);
                        qualifiers.add(q);
                        qualified.add(c);
                        if (r.kind() == PlaceKind.COUNTRY) {
                            countryQualifiers.add(q);
                        }
                    }
                }
            }
        }
        provincesOfUnknownTowns(t, cands, gazetteer);
        sameName(t, cands);
        demonyms(t, cands, gazetteer, regions); // after sameName: a demonym hints at one mention, not at every repeat
        SentenceProvinces.add(t, cands, gazetteer, bonus); // after them: a qualifier or a demonym says more
        for (int k = 0; k + 1 < cands.size(); k++) {
            Candidate c = cands.get(k);
            Candidate whole = cands.get(k + 1);
            if (c.alive() && whole.alive() && partOf(t, c, whole)) {
                partHints(c, whole, gazetteer);
            } else if (c.alive() && whole.alive() && NamedParts.possessivePart(t, c, whole)) {
                partHints(whole, c, gazetteer); // "Shenzhen's Longgang district": the part comes second
            }
        }
        Map<Integer, Map<String, Integer>> byGroup = new HashMap<>();
        Map<Candidate, String> own = new HashMap<>();
        for (Candidate c : cands) {
            String cc = c.alive() && c.listed ? SoleCountry.of(c, gazetteer) : null;
            if (cc != null) {
                own.put(c, cc);
                byGroup.computeIfAbsent(c.group, g -> new HashMap<>()).merge(cc, 1, Integer::sum);
            }
        }
        for (Candidate c : cands) {
            if (!c.alive() || !c.listed || !byGroup.containsKey(c.group)) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>(byGroup.get(c.group));
            if (own.containsKey(c)) {
                counts.merge(own.get(c), -1, Integer::sum); // the others, not itself
            }
            String dominant = dominant(counts);
            if (dominant == null) {
                // "Los Angeles, Toronto and London" says nothing of Toronto's country, but
                // lists towns of like rank: see MixedLists
                int peer = MixedLists.peerReading(c, counts, gazetteer);
                if (peer >= 0) {
                    bonus.computeIfAbsent(c, x -> new HashMap<>()).merge(NearestPart.key(peer), MixedLists.PEER, Math::max);
                }
                continue;
            }
            listCountry.put(c, dominant);
            if (ambiguous(c, gazetteer)) {
                bonus.computeIfAbsent(c, x -> new HashMap<>()).merge(dominant, LIST_COUNTRY, Math::max);
            }
        }
    }

    /** How far before a name a demonym is read as its country ("the Lebanese port city of Tripoli"). */
    private static final int DEMONYM_WORDS = 4;

    /**
     * "the Lebanese city of Tripoli", "Lebanese protesters in Tripoli": a demonym a few words
     * before a name that towns of several countries share makes that country's town likely;
     * "the Syrian town of Kobani" names the country of a town abroad as a qualifier would.
     */
    private void demonyms(Tokens t, List<Candidate> cands, Gazetteer gazetteer, RegionIndex regions) {
        for (Candidate c : cands) {
            if (!c.alive() || c.entries.length == 0 || bonus.containsKey(c)) {
                continue;
            }
            for (int k = c.first - 1; k >= 0 && k >= c.first - DEMONYM_WORDS; k--) {
                if (sentenceGap(t, k)) {
                    break;
                }
                String cc = t.capitalized(k) ? regions.demonymCountry(t.folded(k)) : null;
                if (cc != null) {
                    // "the Lebanese city of Tripoli" names the country as "Tripoli, Lebanon" does;
                    // "American reporters in Tripoli" does not make it the hamlet of Tripoli, Iowa
                    boolean apposition = k <= c.first - 3 && t.is(c.first - 1, "of");
                    boolean shared = ambiguous(c, gazetteer); // asked only here: most names have no demonym before them
                    // a name of one country's town only: "the Syrian town of Kobani" vouches for
                    // it in a report about Turkey; "Syrian refugees in Izmir" says nothing of Izmir
                    if (shared ? apposition || holdsTownOfNote(c, cc, gazetteer)
                            : apposition && holdsTownIn(c, cc, gazetteer)) {
                        bonus.computeIfAbsent(c, x -> new HashMap<>()).put(cc, apposition ? QUALIFIER : LIST_COUNTRY);
                    }
                    break;
                }
            }
        }
    }

    /** Towns smaller than this that seat no division are too small for a demonym alone to pick them. */
    private static final int TOWN_OF_NOTE = 10_000;

    /** True when one of the candidate's towns in {@code country} seats a division or is not small. */
    private static boolean holdsTownOfNote(Candidate c, String country, Gazetteer gazetteer) {
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            if (gazetteer.country(p).equals(country)
                    && (gazetteer.population(p) >= TOWN_OF_NOTE || gazetteer.featureCode(p).startsWith("PPLA")
                    || gazetteer.featureCode(p).equals("PPLC"))) {
                return true;
            }
        }
        return false;
    }

    /** True when a sentence or clause ends between word k and the next. */
    private static boolean sentenceGap(Tokens t, int k) {
        for (int i = t.end[k]; i < t.start[k + 1]; i++) {
            char ch = t.text.charAt(i);
            if (ch == '.' || ch == ';' || ch == '!' || ch == '?' || ch == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * "Paris, Texas" once, then "Paris" alone: the bare mentions lean to the qualified reading,
     * when every qualifier of the name agrees.
     */
    private void sameName(Tokens t, List<Candidate> cands) {
        if (bonus.isEmpty()) {
            return; // no qualifier settled any name: most texts
        }
        Map<String, Map<String, Double>> byName = new HashMap<>();
        bonus.forEach((c, b) -> byName.computeIfAbsent(name(t, c), n -> new HashMap<>()).putAll(b));
        for (Candidate c : cands) {
            Map<String, Double> settled = byName.get(name(t, c));
            // only a name its qualifiers agree on: "Paris, Texas" and "Paris, France" in one text settle nothing
            if (c.alive() && settled != null && settled.size() == 1 && !bonus.containsKey(c)) {
                Map<String, Double> mine = bonus.computeIfAbsent(c, x -> new HashMap<>());
                settled.keySet().forEach(k -> mine.put(k, SAME_NAME));
            }
        }
    }

    private static String name(Tokens t, Candidate c) {
        StringBuilder b = new StringBuilder();
        for (int w = c.first; w <= c.last; w++) {
            b.append(t.folded(w)).append(' ');
        }
        return b.toString();
    }

    /**
     * The country that holds at least two thirds of the other members whose country is known
     * (a long list of Iranian towns may hold one whose name is also a town's abroad), or null.
     */
    private static String dominant(Map<String, Integer> counts) {
        int total = 0;
        String top = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            total += Math.max(0, e.getValue());
            if (top == null || e.getValue() > counts.get(top)) {
                top = e.getKey();
            }
        }
        return top != null && total > 0 && counts.get(top) * 3 >= total * 2 ? top : null;
    }

    /** True when the candidate's towns lie in more than one country: only then can a list settle which. */
    private static boolean ambiguous(Candidate c, Gazetteer gazetteer) {
        for (int e : c.entries) {
            if (!gazetteer.country(Gazetteer.placeOf(e)).equals(gazetteer.country(Gazetteer.placeOf(c.entries[0])))) {
                return true;
            }
        }
        return false;
    }

    /** The hints a town gives the name of its part: its country, and of the part's namesakes the one beside it. */
    private void partHints(Candidate c, Candidate whole, Gazetteer gazetteer) {
        String cc = SoleCountry.of(whole, gazetteer);
        if (cc == null) {
            return;
        }
        within.put(c, cc);
        bonus.computeIfAbsent(c, x -> new HashMap<>()).put(cc, QUALIFIER);
        int near = NearestPart.of(c, whole, gazetteer);
        if (near >= 0) {
            bonus.get(c).put(NearestPart.key(near), QUALIFIER);
        }
    }

    /** Words that, between a name and "of" and a town, make the name a part of the town. */
    private static final WordSet PARTS = NamedParts.PARTS;

    /**
     * "Ahmadabad neighbourhood of Mashhad": {@code c}, a part word, "of", then {@code whole}; or
     * an apposition that calls {@code c} a part of {@code whole}.
     */
    private static boolean partOf(Tokens t, Candidate c, Candidate whole) {
        int part = c.last + 1;
        if (whole.first == part + 2 && t.joined(c.last) && t.joined(part) && t.joined(part + 1)
                && PARTS.has(t, part) && t.is(part + 1, "of")) {
            return true;
        }
        // "Ekbatan, a neighbourhood in western Tehran", "Las Mercedes, an eastern Caracas neighbourhood"
        String article = part < t.size ? t.folded(part) : "";
        if (!t.gapIs(c.last, ", ") || !(article.equals("a") || article.equals("an"))
                || whole.first - part > APPOSITION_WORDS || !t.joined(whole.first - 1)) {
            return false;
        }
        boolean named = whole.last + 1 < t.size && t.joined(whole.last) && PARTS.has(t, whole.last + 1);
        for (int w = part + 1; w < whole.first; w++) {
            if (t.capitalized(w) || !t.joined(w - 1)) {
                return false;
            }
            named |= PARTS.has(t, w);
        }
        return named;
    }

    /** Most words from the article of an apposition to the town it names a part of. */
    private static final int APPOSITION_WORDS = 5;

    /**
     * True when the qualifier also names a town of 100,000 or more in the country of the region
     * it names: in a list, "Washington" after "Vancouver" is the capital, another member.
     */
    private static boolean namesLargeTownAtHome(Candidate q, Gazetteer gazetteer) {
        for (int e : q.entries) {
            int p = Gazetteer.placeOf(e);
            for (Region r : q.regions) {
                if (Gazetteer.kindOf(e) == Gazetteer.PRIMARY && gazetteer.population(p) >= 100_000
                        && gazetteer.country(p).equals(r.country())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * True when a list member follows the candidate: "Toronto, Vancouver, Washington, DC" lists
     * the capital, while "Seattle, Washington" closing its line or before a semicolon ends a pair
     * of a town and its state.
     */
    private static boolean listGoesOn(Tokens t, Candidate q) {
        int next = q.last + 1;
        return next < t.size && (t.gapIs(q.last, ", ") || t.joined(q.last)
                && (t.is(next, "and") || t.is(next, "or")));
    }

    /** True when ", in " stands between the town and the candidate after it: "Pasto, in Narino" names the town's province. */
    private static boolean inQualifier(Tokens t, Candidate c, Candidate q) {
        int in = c.last + 1;
        return q.first == in + 1 && t.gapIs(c.last, ", ") && t.is(in, "in") && t.gapIs(in, " ");
    }

    /** ", " or " (" between a town and what may qualify it. */
    private static boolean qualifierGap(Tokens t, int w) {
        return t.gapIs(w, ", ") || t.gapIs(w, " (");
    }

    /** True when one of the candidate's towns lies in the country or province {@code key}. */
    static boolean holdsTownIn(Candidate c, String key, Gazetteer gazetteer) {
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            String cc = gazetteer.country(p);
            if (key.equals(cc) || key.equals(cc + "." + gazetteer.admin1Code(p))) {
                return true;
            }
        }
        return false;
    }

    /** Score bonuses for the candidate's readings, keyed "CC" or "CC.admin1"; empty when none. */
    Map<String, Double> of(Candidate c) {
        return bonus.getOrDefault(c, Map.of());
    }

    /** True when a qualifier follows the candidate: a town, not a province of its name ("Portland, Oregon"). */
    boolean qualified(Candidate c) {
        return qualified.contains(c);
    }

    /** True when the candidate is a province name after an unknown town and a comma: the town's province, not a city. */
    boolean provinceOfUnknownTown(Candidate c) {
        return provincesOfUnknownTowns.contains(c);
    }

    /**
     * Province names right after "in X, " where X is a capitalised name the gazetteer holds no town
     * of in that province (none at all, or only abroad: "Baharestan" is also an old name of a town
     * of Afghanistan), closing the clause: "Nine were arrested in Baharestan, Isfahan." names the
     * province of a village the gazetteer lacks, not the city of Isfahan.
     */
    private void provincesOfUnknownTowns(Tokens t, List<Candidate> cands, Gazetteer gazetteer) {
        Map<Integer, Candidate> endingAt = new HashMap<>();
        for (Candidate c : cands) {
            endingAt.put(c.last, c);
        }
        for (Candidate q : cands) {
            int x = q.first - 1;
            if (!q.alive() || q.listed || x < 1 || !t.capitalized(x) || t.allCaps(x) || !t.gapIs(x, ", ")) {
                continue; // "in Lodwar, Kericho, Kapenguria and Kitale": a list, no town and its province
            }
            Candidate town = endingAt.get(x);
            int first = town == null ? x : town.first;
            if (first >= 2 && UnknownTails.opensTownName(t, first - 1)) {
                first--; // "in Puerto Azul, Meta": the whole unknown name stands after the preposition
            }
            if (first < 1 || !t.joined(first - 1) || !PLACE_PREPOSITIONS.has(t, first - 1)) {
                continue;
            }
            String after = q.last + 1 < t.size ? t.gapAfter(q.last) : ".";
            if (!(after.startsWith(".") || after.startsWith(",") || after.startsWith(";"))) {
                continue;
            }
            // "Batumi, Georgia": a town the qualifier's country holds is the existing qualifier's case
            boolean known = town != null && q.regions.stream().anyMatch(r -> holdsTownIn(town,
                    r.kind() == PlaceKind.COUNTRY ? r.country() : r.country() + "." + r.admin1Code(), gazetteer));
            if (!known && q.regions.stream().anyMatch(r -> r.kind() == PlaceKind.PROVINCE)) {
                provincesOfUnknownTowns.add(q);
            }
        }
    }

    /** Prepositions that put the name after them on a map: "in", "near", "from". */
    static final WordSet PLACE_PREPOSITIONS = WordSet.of("in", "near", "from", "at");

    /** True when the candidate qualifies the town before it as the country it lies in ("Georgia" in "Batumi, Georgia"). */
    boolean qualifiesAsCountry(Candidate c) {
        return countryQualifiers.contains(c);
    }

    /** True when the candidate qualifies the town before it ("Texas" in "Paris, Texas"). */
    boolean qualifies(Candidate c) {
        return qualifiers.contains(c);
    }

    /**
     * True when most other members of the candidate's list lie in another country:
     * a small town of that name abroad is then not what the list means ("Koya, Erbil and
     * Sulaymaniyah" lists no town of Japan).
     */
    boolean listElsewhere(Candidate c, String country) {
        String cc = listCountry.get(c);
        return cc != null && !cc.equals(country);
    }

    /**
     * The country of the town the candidate names a part of ("the Ahmadabad neighbourhood of
     * Mashhad" is in Iran, not India), or null.
     */
    String withinCountry(Candidate c) {
        return within.get(c);
    }

    /** The country most other members of the candidate's list lie in, or null. */
    String listCountry(Candidate c) {
        return listCountry.get(c);
    }
}
