package org.attest.places;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;

/**
 * Wire copy's abbreviations of US states and Canadian provinces after a town ("Flint, Mich.",
 * "Trenton, N.J."), from {@code state-abbreviations.txt}. Read only in that shape, a capitalised
 * word, a comma, the abbreviation and its full stop: on their own most abbreviations are words or
 * names ("Mo", "Ill", "Wash", "Miss").
 */
final class StateAbbreviations {
    /** What an abbreviation stands for: the exact key of the division's name, and its country. */
    private record Division(long key, String country) {}

    private final Map<String, Division> byAbbreviation;
    private final RegionIndex regions;

    StateAbbreviations(RegionIndex regions) {
        this.regions = regions;
        Map<String, Division> map = new HashMap<>();
        for (String line : PlaceLexicon.lines("state-abbreviations.txt")) {
            String[] f = line.split("\t");
            map.put(f[0], new Division(NameKeys.hash(NameKeys.exactKey(f[2])), f[1]));
        }
        this.byAbbreviation = Map.copyOf(map);
    }

    /**
     * The division that the abbreviation starting at word {@code i} stands for, as a candidate
     * (one word, or two initials: "N.J."), or null when the words there are no such abbreviation
     * after a town and a comma.
     */
    Candidate at(Tokens t, int i) {
        if (i == 0 || !t.gapIs(i - 1, ", ") || !t.capitalized(i - 1) || t.allCaps(i - 1)) {
            return null;
        }
        int last = i;
        if (t.joined(i) && t.text.charAt(t.end[i]) == '.') {
            last = i + 1; // "N.J": two initials joined by their full stop
        }
        Division d = byAbbreviation.get(t.text.substring(t.start[i], t.end[last]));
        if (d == null || t.end[last] >= t.text.length() || t.text.charAt(t.end[last]) != '.') {
            return null;
        }
        List<Region> rs = regions.lookup(d.key()).stream()
                .filter(r -> r.kind() == PlaceKind.PROVINCE && r.country().equals(d.country()))
                .toList();
        return rs.isEmpty() ? null : new Candidate(i, last, new int[0], false, rs);
    }
}
