package org.attest.places;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.attest.gazetteer.Admin1Table;
import org.attest.gazetteer.CountryTable;
import org.attest.gazetteer.NameKeys;
import org.attest.model.PlaceKind;

/**
 * Countries and provinces by the exact keys of their names and aliases (see {@link NameKeys}),
 * and the names of admin1 codes for the places the gazetteer resolves.
 */
public final class RegionIndex {
    private final Map<Long, List<Region>> byKey = new HashMap<>();
    private final Set<Long> prefixes = new HashSet<>();
    private final Map<String, String> admin1Names = new HashMap<>();
    private final Map<String, String> countryNames = new HashMap<>();
    private final Map<String, Integer> provinceCounts = new HashMap<>();
    private final Map<String, List<String>> provinceNames = new HashMap<>();
    private final Set<String> demonyms = new HashSet<>();
    /** Folded demonym to the one country it names; a demonym of several countries is left out. */
    private final Map<String, String> demonymCountries = new HashMap<>();

    public RegionIndex(CountryTable countries, Admin1Table admin1) {
        for (org.attest.gazetteer.Country c : countries.all()) {
            Region r = new Region(PlaceKind.COUNTRY, c.iso2(), null, c.name(), c.lat(), c.lon());
            countryNames.put(c.iso2(), c.name());
            add(c.name(), r);
            c.aliases().forEach(a -> add(a, r));
            c.demonyms().forEach(d -> demonyms.add(NameKeys.fold(d)));
            c.demonyms().forEach(d -> demonymCountries.merge(NameKeys.fold(d), c.iso2(),
                    (a, b) -> a.equals(b) ? a : "")); // "" marks a demonym shared by countries
        }
        demonymCountries.values().removeIf(String::isEmpty);
        for (org.attest.gazetteer.Admin1 a : admin1.all()) {
            Region r = new Region(PlaceKind.PROVINCE, a.country(), a.code(), a.name(), null, null);
            admin1Names.put(a.country() + "." + a.code(), a.name());
            provinceCounts.merge(a.country(), 1, Integer::sum);
            provinceNames.computeIfAbsent(a.country(), k -> new ArrayList<>()).add(a.name());
            add(a.name(), r);
            a.aliases().forEach(al -> add(al, r));
        }
    }

    private void add(String name, Region r) {
        List<String> tokens = NameKeys.tokens(NameKeys.fold(name));
        if (tokens.isEmpty()) {
            return;
        }
        List<Region> list = byKey.computeIfAbsent(NameKeys.hash(NameKeys.exactKey(tokens)), k -> new ArrayList<>());
        if (!list.contains(r)) {
            list.add(r);
        }
        for (int n = 1; n < tokens.size(); n++) {
            prefixes.add(NameKeys.hash(NameKeys.exactKey(tokens.subList(0, n))));
        }
    }

    /** The regions whose name or alias has this exact-key hash. */
    public List<Region> lookup(long hash) {
        return byKey.getOrDefault(hash, List.of());
    }

    public boolean isPrefix(long hash) {
        return prefixes.contains(hash);
    }

    /** The name of a first-order division, or {@code null} when the table lacks it. */
    public String admin1Name(String country, String admin1Code) {
        return admin1Names.get(country + "." + admin1Code);
    }

    public String countryName(String iso2) {
        return countryNames.get(iso2);
    }

    /** True for a folded demonym such as "iranian" or "french": an adjective, not a place. */
    public boolean isDemonym(String folded) {
        return demonyms.contains(folded);
    }

    /** The country a folded demonym names ("lebanese": LB), or null when none or several. */
    public String demonymCountry(String folded) {
        return demonymCountries.get(folded);
    }

    /** How many first-order divisions the table knows for a country. */
    public int provinceCount(String iso2) {
        return provinceCounts.getOrDefault(iso2, 0);
    }

    /** The names of a country's first-order divisions, in table order; empty when unknown. */
    public List<String> provinceNames(String iso2) {
        return List.copyOf(provinceNames.getOrDefault(iso2, List.of()));
    }
}
