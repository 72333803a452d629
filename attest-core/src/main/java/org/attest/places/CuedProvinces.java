package org.attest.places;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Gazetteer;
import org.attest.model.PlaceKind;
import org.attest.model.PlaceMention;

/**
 * "Unrest spread to the department of Narino ... roads were cut between Ipiales and Pasto in
 * Narino": once the text has named a province with its cue, the bare name again is that
 * province, not a small town of the name. A capital or a town of {@link ProvinceTowns#LARGE_CITY}
 * people stays the town ("Kano state ... in Kano"); a smaller seat does not, as writers who named
 * the province call it so again ("X province ... the party's committee in X"), unless it stands in
 * a list beside other towns ("in Ostrava and X") or heads a dateline ("X, 17 June 2026 -").
 */
final class CuedProvinces {
    /** What stands between a lower division and the province it lies in: "Espinar, in Cuzco". */
    private static final List<String> CONTAINING_GAPS = List.of(", in ", " in ", " province, in ", " province in ");
    private final Gazetteer gazetteer;
    private final WireShapes wire;

    CuedProvinces(Gazetteer gazetteer, WireShapes wire) {
        this.gazetteer = gazetteer;
        this.wire = wire;
    }

    /**
     * Replaces, in {@code out}, each town mention of a candidate without a cue of its own by the
     * province a cue named earlier or later in the text under that name, unless a town is the
     * other end of "between ... and" with it. {@code from} holds the candidate of each mention of
     * {@code out}, index by index; {@code t} the words their spans index.
     */
    void apply(Tokens t, List<Candidate> from, List<PlaceMention> out) {
        Set<String> cued = new HashSet<>();
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.PROVINCE && m.pass().startsWith("province-name+cue")) {
                cued.add(m.country() + "\t" + m.admin1());
            }
        }
        if (cued.isEmpty()) {
            return;
        }
        CityEdges towns = new CityEdges(out);
        for (int i = 0; i < out.size(); i++) {
            PlaceMention m = out.get(i);
            Candidate c = from.get(i);
            // a member of a list of towns is a town too: "in Velmar and Ostrava in the Eastern Province"
            // a dateline ("Velmar, 17 June 2026 -") names the town the report was written in
            if (m.kind() != PlaceKind.CITY || c.cueKind != null || besideTown(t, c, towns) || !smallTown(c, m) || roadEnd(t, c, out)
                    || wire.datelineHead(t, c)) {
                continue;
            }
            for (Region r : c.regions) {
                if (r.kind() == PlaceKind.PROVINCE && cued.contains(r.country() + "\t" + r.name())) {
                    towns.removed(m);
                    out.set(i, new PlaceMention(m.surface(), m.span(), null, r.name(), PlaceKind.PROVINCE,
                            r.country(), r.name(), null, null, m.confidence(), "province-name+cued-elsewhere"));
                    break;
                }
            }
        }
    }

    /**
     * True when a town stands right before the candidate in a list, or right after it: "in
     * Ostrava and X", "in Ostrava, in X", "X and Ostrava". Checked on words, as the list marks
     * leave out lists of two. "Ostrava, X" and "Ostrava in X" place the town in X: no list.
     */
    private static boolean besideTown(Tokens t, Candidate c, CityEdges towns) {
        int k = c.first - 1;
        if (k >= 1 && t.joined(k)) {
            String w = t.folded(k);
            boolean listed = (w.equals("and") || w.equals("or")) && t.gapIs(k - 1, " ")
                    || w.equals("in") && t.gapIs(k - 1, ", ");
            int end = t.end[k - 1];
            if (listed && towns.endsAt(end)) {
                return true;
            }
        }
        int n = c.last + 1;
        if (n + 1 < t.size && t.joined(c.last) && (t.is(n, "and") || t.is(n, "or")) && t.joined(n)) {
            int start = t.start[n + 1];
            return towns.startsAt(start);
        }
        return false;
    }

    /**
     * True when the candidate is one end of "between A and B" whose other end is a town: "the
     * road between Ostend and Velmar" joins two towns, whatever province bears either name.
     */
    private static boolean roadEnd(Tokens t, Candidate c, List<PlaceMention> out) {
        if (c.first >= 3 && t.joined(c.first - 1) && t.is(c.first - 1, "and")) {
            int end = t.end[c.first - 2];
            for (PlaceMention m : out) {
                if (m.kind() == PlaceKind.CITY && m.span().end() == end) {
                    int k = c.first - 2;
                    while (k > 0 && t.start[k] > m.span().start()) {
                        k--;
                    }
                    return k > 0 && t.joined(k - 1) && t.is(k - 1, "between");
                }
            }
            return false;
        }
        if (c.first > 0 && c.last + 2 < t.size && t.joined(c.first - 1) && t.is(c.first - 1, "between")
                && t.joined(c.last) && t.is(c.last + 1, "and")) {
            int start = t.start[c.last + 2];
            return out.stream().anyMatch(m -> m.kind() == PlaceKind.CITY && m.span().start() == start);
        }
        return false;
    }

    /**
     * "the province of Espinar, in Cuzco": a town named right after a lower division of the
     * province it shares its name with ("Cuzco" is also the region of Cusco) is that province,
     * whatever its size: a division is not in a town. {@code text} is the text the spans index.
     */
    void containing(String text, List<Candidate> from, List<PlaceMention> out) {
        Map<Integer, PlaceMention> divisionsByEnd = new HashMap<>();
        for (PlaceMention m : out) {
            if (m.kind() == PlaceKind.PROVINCE && m.pass().endsWith("+division")) {
                divisionsByEnd.put(m.span().end(), m);
            }
        }
        if (divisionsByEnd.isEmpty()) {
            return;
        }
        for (int i = 0; i < out.size(); i++) {
            PlaceMention m = out.get(i);
            if (m.kind() != PlaceKind.CITY) {
                continue;
            }
            int start = m.span().start();
            PlaceMention division = null;
            for (String gap : CONTAINING_GAPS) {
                int end = start - gap.length();
                if (end >= 0 && text.startsWith(gap, end) && divisionsByEnd.containsKey(end)) {
                    division = divisionsByEnd.get(end);
                }
            }
            if (division == null) {
                continue;
            }
            boolean namesake = division.country().equals(m.country()) && division.admin1().equals(m.admin1())
                    && m.name().equalsIgnoreCase(m.admin1()); // the town Cusco, spelled "Cuzco", of the region Cusco
            for (Region r : from.get(i).regions) {
                namesake |= r.kind() == PlaceKind.PROVINCE && r.country().equals(division.country())
                        && r.name().equals(division.admin1());
            }
            if (namesake) {
                out.set(i, new PlaceMention(m.surface(), m.span(), null, division.admin1(), PlaceKind.PROVINCE,
                        division.country(), division.admin1(), null, null, m.confidence(), "province-name+containing"));
            }
        }
    }

    /**
     * True for the town {@code m} names when it is no capital and has fewer than {@link
     * ProvinceTowns#LARGE_CITY} people (a province's seat included).
     */
    private boolean smallTown(Candidate c, PlaceMention m) {
        for (int e : c.entries) {
            int p = Gazetteer.placeOf(e);
            if (m.geonameid() != null && gazetteer.geonameId(p) == m.geonameid()) {
                return gazetteer.population(p) < ProvinceTowns.LARGE_CITY && !gazetteer.featureCode(p).equals("PPLC");
            }
        }
        return false;
    }
}
